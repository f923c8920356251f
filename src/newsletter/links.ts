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

/** The subscriber's own data (GDPR Art. 15, 17), behind the manage link's token. */
export const privacyUrls = (subscriber: number, token = manageToken(subscriber)) => ({
  myData: apiUrl('my-data', token),
  erase: apiUrl('erase', token),
})

export type IssueLinks = ReturnType<typeof issueLinks>

/** Every link of an issue's message to one subscriber: two signatures, not three. */
export const issueLinks = (subscriber: number) => {
  const token = manageToken(subscriber)
  return {
    unsubscribe: unsubscribeUrl(subscriber),
    manage: apiUrl('manage', token),
    ...privacyUrls(subscriber, token),
  }
}

const manageToken = (subscriber: number) => createToken({ purpose: 'manage', subscriber })
