import type { Metadata } from 'next'

import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import { absoluteUrl } from '@/platform/urls'

type Page = {
  title: string
  description?: string | null
  /** This page's path in each language it exists in. */
  languages: Partial<Record<Locale, string>>
  /** The canonical path, where it is not this language's entry in `languages`. */
  canonical?: string
  /** A title that already names the site (the SEO plugin's meta title). */
  absoluteTitle?: boolean
}

/**
 * Title, description, canonical address and `<link rel="alternate" hreflang>` for each
 * language the page exists in, plus x-default: the Finnish page, or else the first there is.
 */
export function pageMetadata(
  locale: Locale,
  { title, description, languages, canonical, absoluteTitle }: Page,
): Metadata {
  const own = canonical ?? languages[locale]
  const present = locales.filter((code) => languages[code])
  const fallback = languages[defaultLocale] ?? (present[0] && languages[present[0]])
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description: description || undefined,
    alternates: {
      canonical: own ? absoluteUrl(own) : undefined,
      languages: {
        ...Object.fromEntries(present.map((code) => [code, absoluteUrl(languages[code]!)])),
        ...(fallback ? { 'x-default': absoluteUrl(fallback) } : {}),
      },
    },
  }
}

/** The same path in every language: pages that exist in all three (lists, clusters, experts). */
export const everyLanguage = (path: (locale: Locale) => string): Record<Locale, string> =>
  Object.fromEntries(locales.map((code) => [code, path(code)])) as Record<Locale, string>
