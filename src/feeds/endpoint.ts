import type { Endpoint } from 'payload'

import { isLocale, locales } from '@/i18n/locales'
import { clientErrorResponse } from '@/platform/problems'

import { eventsCalendar } from './eventsCalendar'
import { eventsFeed } from './eventsFeed'
import type { EventsRequest } from './feedEvents'
import { feedFormats, type FeedFormat } from './model'
import { newsFeed } from './newsFeed'

const defaultItems = 20
const maxItems = 100
const calendarType = 'text/calendar; charset=utf-8'

type Asked = Omit<EventsRequest, 'slug'>
type Producer = (
  req: Parameters<Endpoint['handler']>[0],
  asked: Asked,
  params: URLSearchParams,
) => Promise<string | undefined>

const news =
  (format: FeedFormat): Producer =>
  (req, asked) =>
    newsFeed(req.payload, { ...asked, format })

/** Each file a language has, its type, and what writes it (undefined: no such event). */
const files: Record<string, { type: string; produce: Producer }> = {
  'news.rss': { type: feedFormats.rss, produce: news('rss') },
  'news.atom': { type: feedFormats.atom, produce: news('atom') },
  'news.json': { type: feedFormats.json, produce: news('json') },
  'events.ics': {
    type: calendarType,
    produce: (req, asked, params) =>
      eventsCalendar(req.payload, { ...asked, slug: params.get('event') ?? undefined }),
  },
  'events.json': {
    type: feedFormats.json,
    produce: (req, asked) => eventsFeed(req.payload, asked),
  },
}

/**
 * GET /api/feeds/{fi|sv|en}/news.{rss|atom|json}?cluster={slug}&limit=20, and the events' at
 * /api/feeds/{fi|sv|en}/events.{ics|json}?cluster={slug}&limit=20 (one event's calendar file:
 * events.ics?event={slug}).
 */
export const newsFeedEndpoint: Endpoint = {
  path: '/feeds/:locale/:file',
  method: 'get',
  handler: async (req) => {
    const { locale, file } = req.routeParams as { locale: string; file: string }
    const feed = Object.hasOwn(files, file) ? files[file] : undefined
    if (!feed) return clientErrorResponse(req.headers, 'api.unknownFeed', undefined, 404)
    if (!isLocale(locale)) {
      return clientErrorResponse(req.headers, 'api.unknownLocale', {
        value: locale,
        allowed: locales.join(', '),
      })
    }
    const params = new URL(req.url!).searchParams
    const limit = Number(params.get('limit') ?? defaultItems)
    if (!Number.isInteger(limit) || limit < 1 || limit > maxItems) {
      return clientErrorResponse(req.headers, 'api.badLimit', { max: maxItems })
    }
    const clusterSlug = params.get('cluster')
    const cluster = clusterSlug
      ? (
          await req.payload.find({
            collection: 'clusters',
            where: { slug: { equals: clusterSlug } },
            locale,
            limit: 1,
            depth: 0,
          })
        ).docs[0]
      : undefined
    if (clusterSlug && !cluster) {
      return clientErrorResponse(req.headers, 'api.unknownClusters', { value: clusterSlug }, 404)
    }
    const body = await feed.produce(req, { locale, cluster, limit, user: req.user }, params)
    if (body === undefined) {
      return clientErrorResponse(req.headers, 'api.register.unknownEvent', undefined, 404)
    }
    return new Response(body, {
      headers: { 'Content-Type': feed.type, 'Content-Language': locale },
    })
  },
}
