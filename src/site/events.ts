import type { Where } from 'payload'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import type { Event } from '@/payload-types'

import { getReader, readAs } from './reader'

const listed = {
  title: true,
  slug: true,
  lead: true,
  startsAt: true,
  endsAt: true,
  format: true,
  venue: true,
  recordingUrl: true,
  cancelled: true,
} as const

/**
 * Events published in `locale` (no fallback language, as news), upcoming soonest first, past
 * ones newest first.
 */
export async function findEvents(locale: Locale, when: 'upcoming' | 'past') {
  const reader = await getReader()
  const now = new Date().toISOString()
  const where: Where =
    when === 'upcoming' ? { endsAt: { greater_than_equal: now } } : { endsAt: { less_than: now } }
  const { docs } = await reader.payload.find({
    collection: 'events',
    ...readAs(reader),
    locale,
    fallbackLocale: false,
    where,
    sort: when === 'upcoming' ? 'startsAt' : '-startsAt',
    limit: 50,
    depth: 0,
    select: listed,
  })
  return docs as Pick<Event, keyof typeof listed | 'id'>[]
}

/** One event by its slug in `locale`, with its people and clusters; once per request. */
export const findEventBySlug = cache(async (locale: Locale, slug: string) => {
  const reader = await getReader()
  const { docs } = await reader.payload.find({
    collection: 'events',
    ...readAs(reader),
    locale,
    fallbackLocale: false,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
  })
  return docs[0] as Event | undefined
})

/**
 * Seats still free, or null when the event has no limit. Registrants are private: the page
 * counts them with full access and shows only the number.
 */
export async function seatsLeft(event: Pick<Event, 'id' | 'capacity'>): Promise<number | null> {
  if (!event.capacity) return null
  const { payload } = await getReader()
  const { totalDocs } = await payload.count({
    collection: 'registrations',
    where: {
      and: [{ event: { equals: event.id } }, { status: { in: ['confirmed', 'attended'] } }],
    },
    overrideAccess: true,
  })
  return Math.max(0, event.capacity - totalDocs)
}

/** Whether the event is over (a page shows its recording instead of the registration form). */
export const hasEnded = (event: Pick<Event, 'endsAt'>, now = Date.now()) =>
  Date.parse(event.endsAt) < now
