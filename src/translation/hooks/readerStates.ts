import type { CollectionSlug, FieldAccess, FieldHook, PayloadRequest } from 'payload'

import { isStaff } from '@/access/isStaff'
import type { Locale } from '@/i18n/locales'
import type { TranslationState } from '@/translation/status'

export type Statuses = Partial<Record<Locale, string | null>>

/**
 * Each language's `_status` of a document, as readers get it (localizeStatus), read in the
 * request's transaction: what a save is about to change or has just changed.
 */
export const languageStatuses = (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<Statuses> =>
  req.payload.db
    .findOne<{ id: number; _status?: Statuses }>({
      collection,
      where: { id: { equals: id } },
      locale: 'all',
      select: { _status: true },
      req,
    })
    .then((doc) => doc?._status ?? {})

// One lookup per document and request, shared by its status fields.
const statusesByRequest = new WeakMap<PayloadRequest, Map<string, Promise<Statuses>>>()

function statusesOf(req: PayloadRequest, collection: CollectionSlug, id: number | string) {
  let cache = statusesByRequest.get(req)
  if (!cache) statusesByRequest.set(req, (cache = new Map()))
  const key = `${collection}:${id}`
  let statuses = cache.get(key)
  if (!statuses) {
    statuses = languageStatuses(req, collection, id)
    cache.set(key, statuses)
  }
  return statuses
}

/**
 * Readers (anonymous and partners) see a language's translation state only where that language
 * is published; to them one that is not is `missing`, as the item's other answers say (its
 * `alternates`, `locale=all`). A `draft` never is; a `stale` one may be either, which only the
 * document's per-language status tells. Staff and the app's own reads see every state.
 */
export const hideUnpublishedState =
  (locale: Locale): FieldHook =>
  async ({ value, req, overrideAccess, collection, data }) => {
    const state = value as TranslationState | null | undefined
    if (overrideAccess || isStaff({ req }) || (state !== 'draft' && state !== 'stale')) return value
    if (state === 'draft') return 'missing'
    // Without drafts every language written is published.
    if (!collection?.versions?.drafts || data?.id === undefined) return value
    const statuses = await statusesOf(req, collection.slug, data.id)
    return statuses[locale] === 'published' ? value : 'missing'
  }

/**
 * Readers read the states (as trimmed above) but may not filter or sort by them: a filter is
 * answered from the stored value, unpublished languages included. Payload asks field access
 * without a document when it checks a query's paths, and with the document when it reads one.
 */
export const readableOnDocuments: FieldAccess = ({ req, doc }) =>
  isStaff({ req }) || doc !== undefined
