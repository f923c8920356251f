import { flattenTopLevelFields, type CollectionBeforeChangeHook } from 'payload'

import { writesContent } from '@/access/content'
import { hasRole } from '@/access/roles'

/**
 * What is not localized (clusters, images, people, dates) is shared by every language: a
 * translator's save keeps it as it was, whatever the form sent.
 */
export const translatorsChangeTranslationsOnly: CollectionBeforeChangeHook = ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !hasRole(req.user, 'translator') || writesContent({ req }))
    return data
  // Rows and collapsibles hold fields of the document's top level too (the slug's row).
  const localized = new Set(
    flattenTopLevelFields(collection.fields).flatMap((field) =>
      'localized' in field && field.localized ? [field.name] : [],
    ),
  )
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [
      key,
      localized.has(key) ? value : originalDoc?.[key],
    ]),
  )
}
