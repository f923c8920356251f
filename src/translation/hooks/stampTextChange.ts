import type { CollectionBeforeChangeHook } from 'payload'

import { isLocale } from '@/i18n/locales'

/** Records when this language's own text last changed, so a newer Finnish text marks translations stale. */
export const stampTextChange =
  (textFields: string[]): CollectionBeforeChangeHook =>
  ({ data, operation, originalDoc, req }) => {
    if (!isLocale(req.locale)) return data
    const changed = textFields.some(
      (field) =>
        field in data &&
        (operation === 'create' ||
          JSON.stringify(data[field] ?? null) !== JSON.stringify(originalDoc?.[field] ?? null)),
    )
    return changed ? { ...data, textUpdatedAt: new Date().toISOString() } : data
  }
