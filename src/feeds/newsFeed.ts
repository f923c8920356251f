import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { Feed, type Item } from 'feed'
import type { Payload, TypedUser } from 'payload'
import { js2xml, xml2js, type ElementCompact } from 'xml-js'

import type { Alternate } from '../../collections/News/hooks/describeLanguages'
import { translate } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import { newsUrl } from '@/newsletter/links'
import type { Cluster, News } from '@/payload-types'

export const feedFormats = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
} as const
export type FeedFormat = keyof typeof feedFormats

export type FeedRequest = {
  locale: Locale
  format: FeedFormat
  cluster?: Cluster
  limit: number
  user: TypedUser | null
}

type NewsWithAlternates = News & { alternates?: Alternate[] }

const serverUrl = () => (process.env.SERVER_URL ?? 'http://localhost:3000').replace(/\/$/, '')

export const feedUrl = (locale: Locale, format: FeedFormat, cluster?: Cluster) =>
  `${serverUrl()}/api/feeds/${locale}/news.${format}${cluster ? `?cluster=${cluster.slug}` : ''}`

/** Items written in this language (no fallback text), newest first, as the caller may read them. */
async function latestNews(payload: Payload, request: FeedRequest) {
  const { docs } = await payload.find({
    collection: 'news',
    locale: request.locale,
    fallbackLocale: false,
    depth: 1,
    limit: request.limit,
    sort: '-publishedAt',
    overrideAccess: false,
    user: request.user,
    where: {
      and: [
        { _status: { equals: 'published' } },
        { title: { exists: true } },
        ...(request.cluster ? [{ clusters: { contains: request.cluster.id } }] : []),
      ],
    },
  })
  return docs as NewsWithAlternates[]
}

const clusterNames = (news: News) =>
  (news.clusters ?? []).flatMap((cluster) =>
    typeof cluster === 'object' && cluster.name ? [cluster.name] : [],
  )

function toItem(news: NewsWithAlternates, locale: Locale): Item {
  const link = newsUrl(locale, news.slug ?? String(news.id))
  return {
    title: news.title,
    id: link,
    link,
    date: new Date(news.updatedAt),
    published: news.publishedAt ? new Date(news.publishedAt) : undefined,
    description: news.summary ?? undefined,
    content: news.body ? convertLexicalToHTML({ data: news.body }) : undefined,
    author: news.byline ? [{ name: news.byline }] : undefined,
    category: clusterNames(news).map((name) => ({ name, term: name })),
    // RSS has no per-item language links of its own; Atom's link element is the usual addition.
    extensions: [
      {
        name: 'atom:link',
        objects: otherLanguages(news, locale).map(alternateLink) as unknown as Record<
          string,
          unknown
        >,
      },
    ],
  }
}

/** The item's other languages; its own is the item's main link. */
const otherLanguages = (news: NewsWithAlternates | undefined, locale: Locale) =>
  (news?.alternates ?? []).filter((alternate) => alternate.locale !== locale)

const alternateLink = ({ locale, url }: Alternate) => ({
  _attributes: { rel: 'alternate', hreflang: locale, href: url },
})

export async function newsFeed(payload: Payload, request: FeedRequest): Promise<string> {
  const { locale, format, cluster } = request
  const news = await latestNews(payload, request)
  const title = translate(locale, 'feed.title')
  const feed = new Feed({
    title: cluster ? `${title}: ${cluster.name}` : title,
    description: translate(locale, 'feed.description'),
    id: feedUrl(locale, format, cluster),
    link: `${serverUrl()}/${locale}`,
    language: locale,
    updated: news[0] ? new Date(news[0].updatedAt) : new Date(0),
    feed: feedUrl(locale, format, cluster),
    feedLinks: {
      rss: feedUrl(locale, 'rss', cluster),
      atom: feedUrl(locale, 'atom', cluster),
      json: feedUrl(locale, 'json', cluster),
    },
    copyright: translate(locale, 'feed.copyright'),
    generator: 'Arctic Newsroom',
  })
  for (const item of news) feed.addItem(toItem(item, locale))
  if (format === 'rss') return feed.rss2()
  if (format === 'atom') return withAtomLanguages(feed.atom1(), locale, news)
  return asJsonFeed11(feed.json1(), locale, news)
}

/** `feed` writes Atom without xml:lang or alternate-language links; they are added here. */
function withAtomLanguages(xml: string, locale: Locale, news: NewsWithAlternates[]): string {
  const document = xml2js(xml, { compact: true }) as ElementCompact
  const root = document.feed as ElementCompact
  root._attributes = { ...root._attributes, 'xml:lang': locale }
  const entries = ([] as ElementCompact[]).concat(root.entry ?? [])
  entries.forEach((entry, index) => {
    const [own, ...enclosures] = ([] as ElementCompact[]).concat(entry.link ?? [])
    const self = { _attributes: { ...own?._attributes, rel: 'alternate', hreflang: locale } }
    const others = otherLanguages(news[index], locale).map(alternateLink)
    entry.link = [self, ...others, ...enclosures]
  })
  return js2xml(document, { compact: true, spaces: 4 })
}

/** `feed` writes JSON Feed 1; version 1.1 adds `language` and `authors`. */
function asJsonFeed11(json: string, locale: Locale, news: NewsWithAlternates[]): string {
  const feed = JSON.parse(json) as Record<string, unknown> & { items: Record<string, unknown>[] }
  feed.version = 'https://jsonfeed.org/version/1.1'
  feed.language = locale
  feed.items.forEach((item, index) => {
    item.language = locale
    if (item.author) item.authors = [item.author]
    delete item.author
    delete item['atom:link']
    item._alternates = (news[index]?.alternates ?? []).map(({ locale: hreflang, url }) => ({
      language: hreflang,
      url,
    }))
  })
  return JSON.stringify(feed)
}
