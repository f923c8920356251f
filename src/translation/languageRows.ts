import type { CollectionSlug, Payload } from 'payload'
import pg from 'pg'

import { defaultLocale, type Locale } from '@/i18n/locales'
import { appPool } from '@/platform/database/pool'
import { quotedTablesOf } from '@/platform/database/tables'

/** The collections published per language whose readers are told which language each text is. */
export type LanguageCollection = Extract<CollectionSlug, 'news' | 'events'>

export type LanguageRow<Field extends string> = {
  id: number
  locale: Locale
  published: boolean
  slug: string | null
  filled: Record<Field, boolean>
  /** Texts of another language that are the Finnish ones, unchanged (copied, not translated). */
  copied: Record<Field, boolean>
}

const column = (field: string) =>
  pg.escapeIdentifier(field.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase())

/**
 * Every language row of the given documents, as stored for readers (the published row), in one
 * query for a whole page: a longer page costs no more statements. `textFields` are the texts a
 * reader sees, each of which may fall back to another language when empty.
 */
export async function languageRows<Field extends string>(
  payload: Payload,
  collection: LanguageCollection,
  textFields: readonly Field[],
  ids: number[],
): Promise<LanguageRow<Field>[]> {
  if (!ids.length) return []
  const table = quotedTablesOf(payload, collection).locales
  const facts = textFields.flatMap((field, index) => [
    `l.${column(field)} IS NOT NULL AS filled_${index}`,
    `(l._locale <> '${defaultLocale}' AND l.${column(field)} IS NOT NULL
      AND l.${column(field)} IS NOT DISTINCT FROM s.${column(field)}) AS copied_${index}`,
  ])
  const { rows } = await appPool(payload).query(
    `SELECT l._parent_id AS id, l._locale AS locale, l._status = 'published' AS published, l.slug,
            ${facts.join(', ')}
     FROM ${table} l
     LEFT JOIN ${table} s ON s._parent_id = l._parent_id AND s._locale = '${defaultLocale}'
     WHERE l._parent_id = ANY($1) ORDER BY l._locale`,
    [ids],
  )
  const byField = (prefix: string, row: Record<string, unknown>) =>
    Object.fromEntries(
      textFields.map((field, index) => [field, row[`${prefix}_${index}`] === true]),
    ) as Record<Field, boolean>
  return rows.map((row) => ({
    id: row.id,
    locale: row.locale,
    published: row.published,
    slug: row.slug,
    filled: byField('filled', row),
    copied: byField('copied', row),
  }))
}
