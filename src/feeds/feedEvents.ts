import type { Payload, TypedUser } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Cluster, Event } from '@/payload-types'
import type { Alternate } from '@/platform/urls'

/** Events that ended longer ago than this are left out of the events' feeds. */
const recentDays = 90

export type EventsRequest = {
  locale: Locale
  cluster?: Cluster
  limit: number
  user: TypedUser | null
  /** One event's slug: that event alone, whenever it is. */
  slug?: string
}

export type FeedEvent = Event & { alternates?: Alternate[] }

/**
 * The upcoming and recent events written in this language (no fallback text), as the caller may
 * read them, soonest first: what the calendar and the JSON Feed both list.
 */
export async function feedEvents(
  payload: Payload,
  request: EventsRequest,
  depth: 0 | 1,
): Promise<FeedEvent[]> {
  const { locale, cluster, slug } = request
  const since = new Date(Date.now() - recentDays * 86_400_000).toISOString()
  const { docs } = await payload.find({
    collection: 'events',
    locale,
    fallbackLocale: false,
    depth,
    limit: request.limit,
    sort: 'startsAt',
    overrideAccess: false,
    user: request.user,
    where: {
      and: [
        { _status: { equals: 'published' } },
        { title: { exists: true } },
        slug ? { slug: { equals: slug } } : { endsAt: { greater_than_equal: since } },
        ...(cluster ? [{ clusters: { contains: cluster.id } }] : []),
      ],
    },
  })
  return docs
}
