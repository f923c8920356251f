import type { Locale } from '@/i18n/locales'

import { settings } from './settings'
import { sitePaths } from './sitePaths'

/** The public address of the app (SERVER_URL), without a trailing slash. */
export const siteUrl = (): string => settings.serverUrl

export const absoluteUrl = (path: string): string => `${siteUrl()}${path}`

/** One language's version of a page, as partner sites link it (hreflang). */
export type Alternate = { locale: Locale; slug: string; url: string }

/**
 * Where a news item lives for readers: a partner site's page when NEWS_URL_PATTERN (or its
 * _FI, _SV, _EN variant) says so, with `{locale}` and `{slug}` filled in; else our own site.
 */
export function newsUrl(locale: Locale, slug: string): string {
  const pattern = settings.newsUrlPattern(locale)
  if (!pattern) return absoluteUrl(sitePaths.news(locale, slug))
  return pattern.replace('{locale}', locale).replace('{slug}', encodeURIComponent(slug))
}

/** Where an event lives for readers: our own site's page. */
export const eventUrl = (locale: Locale, slug: string): string =>
  absoluteUrl(sitePaths.event(locale, slug))
