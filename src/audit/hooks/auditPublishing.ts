import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { isStaff } from '@/access/isStaff'
import { recordAudit } from '@/audit/recordAudit'
import { locales } from '@/i18n/locales'
import { languageStatuses, type Statuses } from '@/translation/hooks/readerStates'

const beforeKey = (slug: string, id: unknown) => `auditStatusesBefore:${slug}:${id}`

const published = (statuses: Statuses | undefined, locale: string) =>
  statuses?.[locale as keyof Statuses] === 'published'

/** Each language's status before the save, read in its transaction. */
export const rememberStatuses: CollectionBeforeChangeHook = async (args) => {
  const { collection, data, operation, originalDoc, req } = args
  if (operation === 'update' && originalDoc?.id !== undefined && isStaff({ req })) {
    req.context[beforeKey(collection.slug, originalDoc.id)] = await languageStatuses(
      req,
      collection.slug,
      originalDoc.id,
    )
  }
  return data
}

/**
 * A row per language whose status the save changed: published, or taken back to a draft.
 * Whatever asked for it (one language, `publishAllLocales`, a restored version, a schedule
 * run for its user), the stored statuses before and after tell.
 */
export const recordPublishing: CollectionAfterChangeHook = async (args) => {
  const { collection, doc, operation, req } = args
  if (!isStaff({ req })) return doc
  const key = beforeKey(collection.slug, doc.id)
  const before = req.context[key] as Statuses | undefined
  delete req.context[key]
  // An update whose statuses before were not read: guessing would record a false publish.
  if (operation === 'update' && !before) return doc
  const after = await languageStatuses(req, collection.slug, doc.id)
  for (const locale of locales) {
    const action = changeIn(before, after, locale)
    if (action) {
      await recordAudit(req, {
        action,
        targetCollection: collection.slug,
        targetId: doc.id,
        locale,
      })
    }
  }
  return doc
}

const changeIn = (before: Statuses | undefined, after: Statuses, locale: string) => {
  if (published(before, locale) === published(after, locale)) return undefined
  return published(after, locale) ? 'publish' : 'unpublish'
}
