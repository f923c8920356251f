import type { Metadata } from 'next'

import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import { absoluteUrl } from '@/platform/urls'

import { t } from './i18n'

type Page = {
  title: string
  description?: string | null
  /** This page's path in each language it exists in. */
  languages: Partial<Record<Locale, string>>
  /** The canonical path, where it is not this language's entry in `languages`. */
  canonical?: string
  /** A title that already names the site (the SEO plugin's meta title). */
  absoluteTitle?: boolean
  /** A news item is an article; everything else a website. */
  type?: 'article' | 'website'
  /** The picture a share shows (a news item's hero image), with its own path or address. */
  image?: { url: string; width?: number | null; height?: number | null; alt: string }
  publishedTime?: string | null
  /** Feeds of what the page lists, as `<link rel="alternate" type>` (paths of this site). */
  feeds?: { type: string; path: string; title: string }[]
}

/** Open Graph's locale names: language and territory, with an underscore. */
const ogLocales: Record<Locale, string> = { fi: 'fi_FI', sv: 'sv_FI', en: 'en_GB' }

const absolute = (url: string) => (/^https?:\/\//.test(url) ? url : absoluteUrl(url))

/**
 * Title, description, canonical address and `<link rel="alternate" hreflang>` for each
 * language the page exists in, plus x-default: the Finnish page, or else the first there is.
 * Open Graph and Twitter's card say the same, so a shared link shows its title and picture.
 */
export function pageMetadata(
  locale: Locale,
  {
    title,
    description,
    languages,
    canonical,
    absoluteTitle,
    type,
    image,
    publishedTime,
    feeds,
  }: Page,
): Metadata {
  const own = canonical ?? languages[locale]
  const present = locales.filter((code) => languages[code])
  const fallback = languages[defaultLocale] ?? (present[0] && languages[present[0]])
  const siteName = t(locale, 'site.name')
  const fullTitle = absoluteTitle ? title : `${title} – ${siteName}`
  const images = image
    ? [
        {
          url: absolute(image.url),
          width: image.width ?? undefined,
          height: image.height ?? undefined,
          alt: image.alt,
        },
      ]
    : undefined
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description: description || undefined,
    openGraph: {
      type: type ?? 'website',
      siteName,
      title: fullTitle,
      description: description || undefined,
      url: own ? absoluteUrl(own) : undefined,
      locale: ogLocales[locale],
      alternateLocale: present.filter((code) => code !== locale).map((code) => ogLocales[code]),
      images,
      ...(type === 'article' && publishedTime ? { publishedTime } : {}),
    },
    twitter: {
      card: images ? 'summary_large_image' : 'summary',
      title: fullTitle,
      description: description || undefined,
      images: images?.map((entry) => ({ url: entry.url, alt: entry.alt })),
    },
    alternates: {
      canonical: own ? absoluteUrl(own) : undefined,
      languages: {
        ...Object.fromEntries(present.map((code) => [code, absoluteUrl(languages[code]!)])),
        ...(fallback ? { 'x-default': absoluteUrl(fallback) } : {}),
      },
      ...(feeds && {
        types: Object.fromEntries(
          feeds.map(({ type, path, title }) => [type, [{ url: absoluteUrl(path), title }]]),
        ),
      }),
    },
  }
}

/** The same path in every language: pages that exist in all three (lists, clusters, experts). */
export const everyLanguage = (path: (locale: Locale) => string): Record<Locale, string> =>
  Object.fromEntries(locales.map((code) => [code, path(code)])) as Record<Locale, string>
