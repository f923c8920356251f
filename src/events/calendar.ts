import { TZDate } from '@date-fns/tz'
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator'

import type { Locale } from '@/i18n/locales'
import type { Event } from '@/payload-types'
import { eventUrl, siteUrl } from '@/platform/urls'

export const eventTimeZone = 'Europe/Helsinki'

/**
 * Finland's rules since 1983 (EU summer time), which RFC 5545 asks to accompany every TZID.
 * ical-generator writes a VTIMEZONE only for a calendar-wide zone, and then writes DTSTAMP in
 * that zone without its `Z`, which the RFC forbids; so the zone is the events' and this block
 * goes in by hand.
 */
const helsinki = [
  'BEGIN:VTIMEZONE',
  `TZID:${eventTimeZone}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'DTSTART:19700329T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'DTSTART:19701025T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n')

export type CalendarEvent = Pick<
  Event,
  'id' | 'title' | 'lead' | 'slug' | 'startsAt' | 'endsAt' | 'format' | 'venue' | 'onlineUrl'
> & { updatedAt?: string; cancelled?: boolean | null }

const whereOf = (event: CalendarEvent) =>
  [event.venue?.name, event.venue?.address].filter(Boolean).join(', ') ||
  (event.format !== 'onSite' ? (event.onlineUrl ?? undefined) : undefined)

/** A stable UID per event, whichever file it is in, so calendars update rather than duplicate. */
const uidOf = (event: CalendarEvent) => `event-${event.id}@${new URL(siteUrl()).hostname}`

/**
 * An iCalendar file (RFC 5545) of the events, in one language, times in Helsinki time with the
 * zone's rules, each with its page's address.
 */
export function calendarFile(
  locale: Locale,
  name: string,
  events: CalendarEvent[],
  method?: 'publish',
): string {
  const calendar = ical({
    name,
    prodId: { company: 'Lapin liitto', product: 'Arctic Newsroom', language: locale.toUpperCase() },
    ...(method && { method: ICalCalendarMethod.PUBLISH }),
  })
  for (const event of events) {
    calendar.createEvent({
      id: uidOf(event),
      start: new TZDate(event.startsAt, eventTimeZone),
      end: new TZDate(event.endsAt, eventTimeZone),
      timezone: eventTimeZone,
      ...(event.updatedAt && { lastModified: new Date(event.updatedAt) }),
      summary: event.title,
      description: event.lead ?? undefined,
      location: whereOf(event),
      url: event.slug ? eventUrl(locale, event.slug) : undefined,
      // A subscribed calendar or an earlier attachment with the same UID shows it called off.
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    })
  }
  const text = calendar.toString()
  const at = text.indexOf('BEGIN:VEVENT')
  return at < 0 ? text : `${text.slice(0, at)}${helsinki}\r\n${text.slice(at)}`
}
