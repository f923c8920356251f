import type { Payload } from 'payload'

import { calendarFile } from '@/events/calendar'
import { translate } from '@/i18n'

import { feedEvents, type EventsRequest } from './feedEvents'

/**
 * The events' calendar, one iCalendar file a calendar app can subscribe to; or, with a slug,
 * one event's own file for "add to calendar" (undefined when there is no such event).
 */
export async function eventsCalendar(
  payload: Payload,
  request: EventsRequest,
): Promise<string | undefined> {
  const { locale, cluster, slug } = request
  const docs = await feedEvents(payload, request, 0)
  if (slug) return docs[0] ? calendarFile(locale, docs[0].title, docs, 'publish') : undefined
  const title = translate(locale, 'feed.events.title')
  return calendarFile(locale, cluster ? `${title}: ${cluster.name}` : title, docs)
}
