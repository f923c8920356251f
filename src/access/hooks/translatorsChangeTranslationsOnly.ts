import type { CollectionBeforeChangeHook, Field } from 'payload'

type Data = Record<string, unknown>

/**
 * What is not localized (clusters, images, people, figures, approvals) is shared by every
 * language: a translator's save keeps it as it was, whatever the form sent. Groups are walked
 * into, since a group that is not localized can hold localized texts (a benefit's quote).
 */
export const translatorsChangeTranslationsOnly: CollectionBeforeChangeHook = ({
  collection,
  data,
  operation,
  originalDoc,
}) => (operation === 'update' ? keepShared(collection.fields, data, originalDoc ?? {}) : data)

function keepShared(fields: Field[], data: Data, original: Data): Data {
  const kept: Data = { ...data }
  for (const field of fields) {
    if (!('name' in field)) {
      // Rows, collapsibles and unnamed tabs hold fields of this same level.
      const nested = 'fields' in field ? field.fields : 'tabs' in field ? field.tabs : []
      Object.assign(kept, keepShared(nested as Field[], kept, original))
      continue
    }
    const { name } = field
    if (('localized' in field && field.localized) || !(name in data)) continue
    kept[name] = holdsFieldsOfItsOwn(field)
      ? keepShared(field.fields, asData(data[name]), asData(original[name]))
      : original[name]
  }
  return kept
}

/** A group, or a named tab: one object whose own fields may be localized. */
const holdsFieldsOfItsOwn = (field: Field): field is Field & { fields: Field[] } =>
  'fields' in field && (!('type' in field) || field.type === 'group')

const asData = (value: unknown): Data =>
  typeof value === 'object' && value !== null ? (value as Data) : {}
