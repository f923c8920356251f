import type { Locale } from '@/i18n/locales'

import { createToken } from './tokens'

const serverUrl = () => (process.env.SERVER_URL ?? 'http://localhost:3000').replace(/\/$/, '')

/**
 * Where a news item lives for readers: a partner site's page, from `NEWS_URL_PATTERN_FI` (and
 * _SV, _EN) or `NEWS_URL_PATTERN`, with `{locale}` and `{slug}` filled in.
 */
export function newsUrl(locale: Locale, slug: string): string {
  const pattern =
    process.env[`NEWS_URL_PATTERN_${locale.toUpperCase()}`] ??
    process.env.NEWS_URL_PATTERN ??
    `${serverUrl()}/{locale}/news/{slug}`
  return pattern.replace('{locale}', locale).replace('{slug}', encodeURIComponent(slug))
}

const apiUrl = (path: string, token: string) =>
  `${serverUrl()}/api/newsletter/${path}?token=${encodeURIComponent(token)}`

export const confirmUrl = (subscriber: number, nonce: string, expires: number) =>
  apiUrl('confirm', createToken({ purpose: 'confirm', subscriber, nonce, expires }))

export const unsubscribeUrl = (subscriber: number) =>
  apiUrl('unsubscribe', createToken({ purpose: 'unsubscribe', subscriber }))

export const manageUrl = (subscriber: number) =>
  apiUrl('manage', createToken({ purpose: 'manage', subscriber }))
