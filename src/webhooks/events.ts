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
  published: boolean
  updatedAt: string
  locales: Locale[]
  slugs: Partial<Record<Locale, string>>
  clusters: number[]
}

type Row = Record<string, unknown> & { updatedAt: string; _status?: string }

// Which field says a language has its own text; collections without one count every language.
const contentField: Partial<Record<WebhookCollection, string>> = { news: 'title', clusters: 'name' }

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
  const present = (locale: Locale) =>
    !field || Boolean((row[field] as Record<string, unknown> | undefined)?.[locale])
  const slugs = (row.slug ?? {}) as Record<string, string | null>
  const withContent = locales.filter(present)
  return {
    published: row._status === undefined || row._status === 'published',
    updatedAt: row.updatedAt,
    locales: withContent,
    slugs: Object.fromEntries(withContent.flatMap((l) => (slugs[l] ? [[l, slugs[l]]] : []))),
    clusters: clustersOf(collection, row),
  }
}

function clustersOf(collection: WebhookCollection, row: Row): number[] {
  if (collection === 'clusters') return [Number(row.id)]
  const value = row.clusters as (number | { id: number })[] | undefined
  return (value ?? []).map((item) => (typeof item === 'object' ? item.id : item))
}

/** What the public saw change between two states; nothing when only a draft changed. */
export function eventType(before?: PublicState, after?: PublicState): EventType | undefined {
  const wasPublic = Boolean(before?.published)
  if (!after) return wasPublic ? 'delete' : undefined
  if (before && before.updatedAt === after.updatedAt) return undefined
  if (after.published) return wasPublic ? 'update' : 'publish'
  return wasPublic ? 'unpublish' : undefined
}

export function buildEvent(
  type: EventType,
  collection: WebhookCollection,
  id: number,
  state: PublicState,
  changedLocale: string | undefined,
): ContentEvent {
  const onlyOne = type === 'update' && locales.includes(changedLocale as Locale)
  return {
    event: randomUUID(),
    type,
    collection,
    id,
    locales: onlyOne ? [changedLocale as Locale] : state.locales,
    slugs: state.slugs,
    occurredAt: new Date().toISOString(),
  }
}
