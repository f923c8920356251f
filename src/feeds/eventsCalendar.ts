import type { Payload, TypedUser } from 'payload'

import { calendarFile } from '@/events/calendar'
import { translate } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import type { Cluster } from '@/payload-types'

/** Events that ended longer ago than this are left out of the calendar feed. */
const recentDays = 90

export type CalendarRequest = {
  locale: Locale
  cluster?: Cluster
  limit: number
  user: TypedUser | null
  /** One event's slug: its own file, for "add to calendar", whenever it is. */
  slug?: string
}

/**
 * The upcoming and recent events written in this language (no fallback text), as the caller may
 * read them, soonest first, as one iCalendar file a calendar app can subscribe to; or one
 * event's own file (undefined when there is no such event).
 */
export async function eventsCalendar(
  payload: Payload,
  request: CalendarRequest,
): Promise<string | undefined> {
  const { locale, cluster, slug } = request
  const since = new Date(Date.now() - recentDays * 86_400_000).toISOString()
  const { docs } = await payload.find({
    collection: 'events',
    locale,
    fallbackLocale: false,
    depth: 0,
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
  if (slug) return docs[0] ? calendarFile(locale, docs[0].title, docs, 'publish') : undefined
  const title = translate(locale, 'feed.events.title')
  return calendarFile(locale, cluster ? `${title}: ${cluster.name}` : title, docs)
}
