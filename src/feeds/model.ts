import type { Locale } from '@/i18n/locales'
import type { Cluster } from '@/payload-types'
import type { Alternate } from '@/platform/urls'
import { siteUrl } from '@/platform/urls'

export const feedFormats = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
} as const
export type FeedFormat = keyof typeof feedFormats

/** One news item as every format writes it. Texts are plain text, `contentHtml` is HTML. */
export type FeedEntry = {
  id: string
  link: string
  title: string
  summary?: string
  contentHtml?: string
  byline?: string
  clusters: string[]
  updated: Date
  published?: Date
  /** Every published language of the item, its own included. */
  alternates: Alternate[]
  /** JSON Feed extension objects (their names begin with `_`); the XML formats leave them out. */
  extensions?: Record<`_${string}`, unknown>
}

export type FeedDocument = {
  locale: Locale
  title: string
  description: string
  publisher: string
  generator: string
  homeUrl: string
  urls: Record<FeedFormat, string>
  updated: Date
  entries: FeedEntry[]
}

/** The item's other languages; its own is the item's main link. */
export const otherLanguages = (entry: FeedEntry, locale: Locale) =>
  entry.alternates.filter((alternate) => alternate.locale !== locale)

/** A feed's own address, with the cluster it keeps to. */
export const feedUrl = (locale: Locale, file: string, cluster?: Pick<Cluster, 'slug'>) =>
  `${siteUrl()}/api/feeds/${locale}/${file}${cluster ? `?cluster=${encodeURIComponent(cluster.slug)}` : ''}`
