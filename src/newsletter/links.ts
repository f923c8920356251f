import { absoluteUrl } from '@/platform/urls'

import { createToken } from './tokens'

/** A subscriber page at the app's public address (SERVER_URL), with its signed token. */
export type SubscriberPage = 'confirm' | 'unsubscribe' | 'manage' | 'my-data' | 'erase'

export const apiUrl = (path: SubscriberPage, token: string) =>
  absoluteUrl(`/api/newsletter/${path}?token=${encodeURIComponent(token)}`)

export const confirmUrl = (subscriber: number, nonce: string, expires: number) =>
  apiUrl('confirm', createToken({ purpose: 'confirm', subscriber, nonce, expires }))

export const unsubscribeUrl = (subscriber: number) =>
  apiUrl('unsubscribe', createToken({ purpose: 'unsubscribe', subscriber }))

export const manageUrl = (subscriber: number) =>
  apiUrl('manage', createToken({ purpose: 'manage', subscriber }))

/** The subscriber's own data (GDPR Art. 15, 17), behind the manage link's token. */
export const privacyUrls = (subscriber: number) => {
  const token = createToken({ purpose: 'manage', subscriber })
  return { myData: apiUrl('my-data', token), erase: apiUrl('erase', token) }
}
