import { absoluteUrl } from '@/platform/urls'

import { createToken } from './tokens'

const apiUrl = (path: string, token: string) =>
  absoluteUrl(`/api/newsletter/${path}?token=${encodeURIComponent(token)}`)

export const confirmUrl = (subscriber: number, nonce: string, expires: number) =>
  apiUrl('confirm', createToken({ purpose: 'confirm', subscriber, nonce, expires }))

export const unsubscribeUrl = (subscriber: number) =>
  apiUrl('unsubscribe', createToken({ purpose: 'unsubscribe', subscriber }))

export const manageUrl = (subscriber: number) =>
  apiUrl('manage', createToken({ purpose: 'manage', subscriber }))
