import { absoluteUrl } from '@/platform/urls'

import { createToken } from './tokens'

/** A subscriber page at the app's public address (SERVER_URL), with its signed token. */
export const apiUrl = (path: 'confirm' | 'unsubscribe' | 'manage', token: string) =>
  absoluteUrl(`/api/newsletter/${path}?token=${encodeURIComponent(token)}`)

export const confirmUrl = (subscriber: number, nonce: string, expires: number) =>
  apiUrl('confirm', createToken({ purpose: 'confirm', subscriber, nonce, expires }))

export const unsubscribeUrl = (subscriber: number) =>
  apiUrl('unsubscribe', createToken({ purpose: 'unsubscribe', subscriber }))

export const manageUrl = (subscriber: number) =>
  apiUrl('manage', createToken({ purpose: 'manage', subscriber }))
