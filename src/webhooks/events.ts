import { randomUUID } from 'node:crypto'

import type { CollectionSlug, PayloadRequest } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import { sitePaths } from '@/platform/sitePaths'
import { absoluteUrl, eventUrl } from '@/platform/urls'

export const webhookCollections = ['news', 'events', 'clusters', 'experts', 'contacts'] as const
export type WebhookCollection = (typeof webhookCollections)[number]
/** `cancel`: an event called off (events only); un-cancelling it is an `update`. */
export const eventTypes = ['publish', 'update', 'unpublish', 'delete', 'cancel'] as const
export type EventType = (typeof eventTypes)[number]

export type ContentEvent = {
  event: string
  type: EventType
  collection: WebhookCollection
  id: number
  locales: Locale[]
  slugs: Partial<Record<Locale, string>>
  /** Events only: what a partner's calendar needs, in the languages published. */
  details?: EventDetails
  occurredAt: string
}

export type EventDetails = {
  status: 'scheduled' | 'cancelled'
  startsAt: string
  endsAt: string
  titles: Partial<Record<Locale, string>>
  urls: Partial<Record<Locale, string>>
  calendarUrls: Partial<Record<Locale, string>>
}

/** The document as the public sees it: its main row, all locales (drafts live in versions). */
export type PublicState = {
  updatedAt: string
  /** The languages published with content: the only ones a reader sees. */
  locales: Locale[]
  slugs: Partial<Record<Locale, string>>
  clusters: number[]
  details?: EventDetails
}

type Row = Record<string, unknown> & {
  updatedAt: string
  _status?: string | Record<string, string>
}

// Which field says a language has its own text; collections without one count every language.
const contentField: Partial<Record<WebhookCollection, string>> = {
  news: 'title',
  events: 'title',
  clusters: 'name',
}

/** News and events are published per language; other collections are public as soon as they are saved. */
function isPublishedIn(row: Row, locale: Locale): boolean {
  const status = row._status
  if (status === undefined) return true
  return typeof status === 'string' ? status === 'published' : status[locale] === 'published'
}

export async function publicState(
  req: PayloadRequest,
  collection: WebhookCollection,
  id: number | string,
): Promise<PublicState | undefined> {
  const row = (await req.payload.db.findOne({
    collection: collection as CollectionSlug,
    where: { id: { equals: id } },
    locale: 'all',
    req,
  })) as Row | null
  if (!row) return undefined
  const field = contentField[collection]
  const hasText = (locale: Locale) =>
    !field || Boolean((row[field] as Record<string, unknown> | undefined)?.[locale])
  const slugs = (row.slug ?? {}) as Record<string, string | null> | string
  const visible = locales.filter((locale) => hasText(locale) && isPublishedIn(row, locale))
  const slugIn = (locale: Locale) => (typeof slugs === 'string' ? slugs : slugs[locale])
  const published: Partial<Record<Locale, string>> = Object.fromEntries(
    visible.flatMap((l) => (slugIn(l) ? [[l, slugIn(l)]] : [])),
  )
  return {
    updatedAt: row.updatedAt,
    locales: visible,
    slugs: published,
    clusters: clustersOf(collection, row),
    ...(collection === 'events' && { details: eventDetails(row, published) }),
  }
}

const perLocale = (
  slugs: Partial<Record<Locale, string>>,
  value: (l: Locale, s: string) => string,
) => Object.fromEntries(Object.entries(slugs).map(([l, slug]) => [l, value(l as Locale, slug!)]))

function eventDetails(row: Row, slugs: Partial<Record<Locale, string>>): EventDetails {
  const titles = (row.title ?? {}) as Partial<Record<Locale, string>>
  return {
    status: row.cancelled === true ? 'cancelled' : 'scheduled',
    startsAt: String(row.startsAt),
    endsAt: String(row.endsAt),
    titles: perLocale(slugs, (l) => titles[l] ?? ''),
    urls: perLocale(slugs, eventUrl),
    calendarUrls: perLocale(slugs, (l, slug) => absoluteUrl(sitePaths.eventCalendar(l, slug))),
  }
}

function clustersOf(collection: WebhookCollection, row: Row): number[] {
  if (collection === 'clusters') return [Number(row.id)]
  const value = row.clusters as (number | { id: number })[] | undefined
  return (value ?? []).map((item) => (typeof item === 'object' ? item.id : item))
}

type Change = { type: EventType; locales: Locale[] }

/**
 * What the public saw change between two states, per language: newly published languages, ones
 * withdrawn, and an edit of one still published. Nothing when only a draft changed.
 */
export function publicChanges(
  before: PublicState | undefined,
  after: PublicState | undefined,
  changedLocale: string | undefined,
): Change[] {
  const was = before?.locales ?? []
  if (!after) return was.length ? [{ type: 'delete', locales: was }] : []
  if (before && before.updatedAt === after.updatedAt) return []
  const now = after.locales
  const added = now.filter((locale) => !was.includes(locale))
  const removed = was.filter((locale) => !now.includes(locale))
  // Calling an event off (or on again) changes it in every language it is published in.
  const wasCancelled = before?.details?.status === 'cancelled'
  const isCancelled = after.details?.status === 'cancelled'
  const edited =
    locales.includes(changedLocale as Locale) && wasCancelled === isCancelled
      ? now.filter((locale) => locale === changedLocale && was.includes(locale))
      : now.filter((locale) => was.includes(locale))
  const changes: Change[] = [
    { type: 'publish', locales: added },
    { type: 'unpublish', locales: removed },
    { type: isCancelled && !wasCancelled ? 'cancel' : 'update', locales: edited },
  ]
  return changes.filter((change) => change.locales.length > 0)
}

export function buildEvent(
  { type, locales: affected }: Change,
  collection: WebhookCollection,
  id: number,
  state: PublicState,
): ContentEvent {
  return {
    event: randomUUID(),
    type,
    collection,
    id,
    locales: affected,
    slugs: state.slugs,
    ...(state.details && { details: state.details }),
    occurredAt: new Date().toISOString(),
  }
}
