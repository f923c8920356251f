import type { DateField, Field, Plugin } from 'payload'

/**
 * Dates in the admin as Finland writes them, 1.12.2026 19.06, in every admin language. Payload
 * formats them with date-fns under one pattern for all languages, and it has no Finnish date-fns
 * locale (src/i18n/admin/fi.ts), so locale-dependent patterns (`Pp`) would come out American in
 * Finnish: the pattern is numeric. Swedish in Finland and the council's English write it the same.
 */
export const adminDateTimeFormat = 'd.M.yyyy HH.mm'

const displayFormats: Record<string, string> = {
  dayAndTime: adminDateTimeFormat,
  dayOnly: 'd.M.yyyy',
  timeOnly: 'HH.mm',
  monthOnly: 'M/yyyy',
}

type DateOptions = NonNullable<NonNullable<DateField['admin']>['date']>

function withFormat(field: DateField): DateField {
  const date: DateOptions = field.admin?.date ?? {}
  const appearance = date.pickerAppearance ?? 'dayOnly'
  const times = appearance === 'dayAndTime' || appearance === 'timeOnly'
  const formatted = {
    ...date,
    displayFormat: date.displayFormat ?? displayFormats[appearance],
    ...(times && { timeFormat: 'timeFormat' in date ? date.timeFormat : 'HH.mm' }),
  } as DateOptions
  return { ...field, admin: { ...field.admin, date: formatted } }
}

function formatDates(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'date') return withFormat(field)
    if ('fields' in field && Array.isArray(field.fields)) {
      return { ...field, fields: formatDates(field.fields) } as Field
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: formatDates(tab.fields) })),
      }
    }
    if (field.type === 'blocks') {
      return {
        ...field,
        blocks: field.blocks.map((block) => ({ ...block, fields: formatDates(block.fields) })),
      }
    }
    return field
  })
}

/** Every date field's picker and value in that pattern, and the lists' and sidebars' dates too. */
export const adminDates: Plugin = (config) => ({
  ...config,
  admin: { ...config.admin, dateFormat: config.admin?.dateFormat ?? adminDateTimeFormat },
  collections: config.collections?.map((collection) => ({
    ...collection,
    fields: formatDates(collection.fields),
  })),
  globals: config.globals?.map((global) => ({ ...global, fields: formatDates(global.fields) })),
})
