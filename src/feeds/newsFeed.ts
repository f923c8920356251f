import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { Payload, TypedUser } from 'payload'

import { translate } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import type { Cluster, News } from '@/payload-types'
import { sitePaths } from '@/platform/sitePaths'
import type { Alternate } from '@/platform/urls'
import { absoluteUrl, newsUrl } from '@/platform/urls'
import { newestPublishedNewsIds } from '@collections/News/publishedPage'

import { atom } from './atom'
import { jsonFeed } from './jsonFeed'
import { feedUrl, type FeedDocument, type FeedEntry, type FeedFormat } from './model'
import { rss } from './rss'

export type FeedRequest = {
  locale: Locale
  format: FeedFormat
  cluster?: Cluster
  limit: number
  user: TypedUser | null
}

type NewsWithAlternates = News & { alternates?: Alternate[] }

/**
 * Items written in this language (no fallback text), newest first, as the caller may read them.
 * For a reader without a session the newest are chosen by a statement of ours first, and
 * Payload, with the same access and filters, reads only those: its own choosing reads every
 * published row of the language.
 */
async function latestNews(payload: Payload, request: FeedRequest) {
  const chosen = request.user
    ? undefined
    : await newestPublishedNewsIds(payload, {
        locale: request.locale,
        cluster: request.cluster?.id,
        limit: request.limit,
      })
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
        ...(chosen ? [{ id: { in: chosen } }] : []),
      ],
    },
  })
  return docs as NewsWithAlternates[]
}

const clusterNames = (news: News) =>
  (news.clusters ?? []).flatMap((cluster) =>
    typeof cluster === 'object' && cluster.name ? [cluster.name] : [],
  )

function entryOf(news: NewsWithAlternates, locale: Locale): FeedEntry {
  const link = newsUrl(locale, news.slug ?? String(news.id))
  return {
    id: link,
    link,
    title: news.title,
    summary: news.summary ?? undefined,
    contentHtml: news.body ? convertLexicalToHTML({ data: news.body }) : undefined,
    byline: news.byline ?? undefined,
    clusters: clusterNames(news),
    updated: new Date(news.updatedAt),
    published: news.publishedAt ? new Date(news.publishedAt) : undefined,
    alternates: news.alternates ?? [],
  }
}

const writers: Record<FeedFormat, (feed: FeedDocument) => string> = {
  rss,
  atom,
  json: (feed) => jsonFeed(feed, feed.urls.json),
}

export async function newsFeed(payload: Payload, request: FeedRequest): Promise<string> {
  const { locale, format, cluster } = request
  const news = await latestNews(payload, request)
  const title = translate(locale, 'feed.title')
  return writers[format]({
    locale,
    title: cluster ? `${title}: ${cluster.name}` : title,
    description: translate(locale, 'feed.description'),
    publisher: translate(locale, 'feed.copyright'),
    generator: 'Arctic Newsroom',
    homeUrl: absoluteUrl(sitePaths.home(locale)),
    urls: {
      rss: feedUrl(locale, 'news.rss', cluster),
      atom: feedUrl(locale, 'news.atom', cluster),
      json: feedUrl(locale, 'news.json', cluster),
    },
    updated: new Date(Math.max(0, ...news.map((item) => Date.parse(item.updatedAt)))),
    entries: news.map((item) => entryOf(item, locale)),
  })
}
