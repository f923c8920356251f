import { randomUUID } from 'node:crypto'

import type { CollectionSlug, PayloadRequest } from 'payload'

import { locales, type Locale } from '@/i18n/locales'

export const webhookCollections = ['news', 'clusters', 'experts', 'contacts'] as const
export type WebhookCollection = (typeof webhookCollections)[number]
export const eventTypes = ['publish', 'update', 'unpublish', 'delete'] as const
export type EventType = (typeof eventTypes)[number]

export type ContentEvent = {
  event: string
  type: EventType
  collection: WebhookCollection
  id: number
  locales: Locale[]
  slugs: Partial<Record<Locale, string>>
  occurredAt: string
}

/** The document as the public sees it: its main row, all locales (drafts live in versions). */
export type PublicState = {
  updatedAt: string
  /** The languages published with content: the only ones a reader sees. */
  locales: Locale[]
  slugs: Partial<Record<Locale, string>>
  clusters: number[]
}

type Row = Record<string, unknown> & {
  updatedAt: string
  _status?: string | Record<string, string>
}

// Which field says a language has its own text; collections without one count every language.
const contentField: Partial<Record<WebhookCollection, string>> = { news: 'title', clusters: 'name' }

/** News is published per language; other collections are public as soon as they are saved. */
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
  return {
    updatedAt: row.updatedAt,
    locales: visible,
    slugs: Object.fromEntries(visible.flatMap((l) => (slugIn(l) ? [[l, slugIn(l)]] : []))),
    clusters: clustersOf(collection, row),
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
  const edited = locales.includes(changedLocale as Locale)
    ? now.filter((locale) => locale === changedLocale && was.includes(locale))
    : now.filter((locale) => was.includes(locale))
  const changes: Change[] = [
    { type: 'publish', locales: added },
    { type: 'unpublish', locales: removed },
    { type: 'update', locales: edited },
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
    occurredAt: new Date().toISOString(),
  }
}
