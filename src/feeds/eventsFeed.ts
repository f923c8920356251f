import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { Payload } from 'payload'

import { eventTimeZone } from '@/events/calendar'
import { translate } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import type { Cluster } from '@/payload-types'
import { sitePaths } from '@/platform/sitePaths'
import { absoluteUrl, eventUrl } from '@/platform/urls'

import { feedEvents, type EventsRequest, type FeedEvent } from './feedEvents'
import { jsonFeed } from './jsonFeed'
import { feedUrl, type FeedEntry } from './model'

const clustersOf = (event: FeedEvent) =>
  (event.clusters ?? []).filter((cluster): cluster is Cluster => typeof cluster === 'object')

/**
 * What a partner needs to show the event without reading it again: its times (UTC, and the zone
 * they are shown in), where it is, its calendar file and its clusters. (A cancelled state, when
 * events have one, belongs here too.)
 */
const eventExtension = (event: FeedEvent, locale: Locale) => ({
  startsAt: event.startsAt,
  endsAt: event.endsAt,
  timeZone: eventTimeZone,
  format: event.format,
  venue:
    event.format === 'online'
      ? null
      : {
          name: event.venue?.name ?? null,
          address: event.venue?.address ?? null,
          mapUrl: event.venue?.mapUrl ?? null,
        },
  online: event.format === 'onSite' ? null : (event.onlineUrl ?? null),
  registrationOpensAt: event.registrationOpensAt ?? null,
  registrationClosesAt: event.registrationClosesAt ?? event.startsAt,
  recordingUrl: event.recordingUrl ?? null,
  ics: absoluteUrl(sitePaths.eventCalendar(locale, event.slug ?? String(event.id))),
  clusters: clustersOf(event).map(({ slug, name }) => ({ slug, name: name ?? null })),
})

function entryOf(event: FeedEvent, locale: Locale): FeedEntry {
  const link = eventUrl(locale, event.slug ?? String(event.id))
  return {
    id: link,
    link,
    title: event.title,
    summary: event.lead ?? undefined,
    contentHtml: event.body ? convertLexicalToHTML({ data: event.body }) : undefined,
    clusters: clustersOf(event).flatMap((cluster) => (cluster.name ? [cluster.name] : [])),
    updated: new Date(event.updatedAt),
    // Events have no date of publication of their own: the day they entered the newsroom.
    published: new Date(event.createdAt),
    alternates: event.alternates ?? [],
    extensions: { _event: eventExtension(event, locale) },
  }
}

/** The upcoming and recent events of one language as a JSON Feed 1.1, soonest first. */
export async function eventsFeed(payload: Payload, request: EventsRequest): Promise<string> {
  const { locale, cluster } = request
  const events = await feedEvents(payload, request, 1)
  const title = translate(locale, 'feed.events.title')
  return jsonFeed(
    {
      locale,
      title: cluster ? `${title}: ${cluster.name}` : title,
      description: translate(locale, 'feed.events.description'),
      publisher: translate(locale, 'feed.copyright'),
      homeUrl: absoluteUrl(sitePaths.events(locale)),
      entries: events.map((event) => entryOf(event, locale)),
    },
    feedUrl(locale, 'events.json', cluster),
  )
}
