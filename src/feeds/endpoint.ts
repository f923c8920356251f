import type { Endpoint } from 'payload'

import { isLocale, locales } from '@/i18n/locales'
import { clientErrorResponse } from '@/platform/problems'

import { eventsCalendar } from './eventsCalendar'
import { feedFormats, type FeedFormat } from './model'
import { newsFeed } from './newsFeed'

const defaultItems = 20
const maxItems = 100
const feedFile = /^news\.(rss|atom|json)$/
const calendarType = 'text/calendar; charset=utf-8'

/**
 * GET /api/feeds/{fi|sv|en}/news.{rss|atom|json}?cluster={slug}&limit=20, and the events'
 * calendar at /api/feeds/{fi|sv|en}/events.ics?cluster={slug}&limit=20 (one event's: ?event={slug}).
 */
export const newsFeedEndpoint: Endpoint = {
  path: '/feeds/:locale/:file',
  method: 'get',
  handler: async (req) => {
    const { locale, file } = req.routeParams as { locale: string; file: string }
    const format = feedFile.exec(file)?.[1] as FeedFormat | undefined
    if (!format && file !== 'events.ics')
      return clientErrorResponse(req.headers, 'api.unknownFeed', undefined, 404)
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
    const asked = { locale, cluster, limit, user: req.user }
    const slug = params.get('event') ?? undefined
    const body = format
      ? await newsFeed(req.payload, { ...asked, format })
      : await eventsCalendar(req.payload, { ...asked, slug })
    if (body === undefined) {
      return clientErrorResponse(req.headers, 'api.register.unknownEvent', undefined, 404)
    }
    return new Response(body, {
      headers: {
        'Content-Type': format ? feedFormats[format] : calendarType,
        'Content-Language': locale,
      },
    })
  },
}
