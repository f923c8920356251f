import type { Payload } from 'payload'

import { defaultLocale, type Locale } from '@/i18n/locales'
import { appPool } from '@/platform/database/pool'
import { quotedTablesOf } from '@/platform/database/tables'

/** The texts a reader sees, each of which may fall back to another language when empty. */
export const textFields = ['title', 'summary', 'body', 'byline'] as const
export type TextField = (typeof textFields)[number]

export type TranslationRow = {
  id: number
  locale: Locale
  published: boolean
  slug: string | null
  filled: Record<TextField, boolean>
  /** Texts of another language that are the Finnish ones, unchanged (copied, not translated). */
  copied: Record<TextField, boolean>
}

const copiedColumn = (field: TextField) =>
  `(l._locale <> '${defaultLocale}' AND l.${field} IS NOT NULL AND l.${field} IS NOT DISTINCT FROM s.${field}) AS ${field}_copied`

/**
 * Every language row of the given items, as stored for readers (the published row), in one
 * query for a whole page: a longer page costs no more statements.
 */
export async function translationRows(payload: Payload, ids: number[]): Promise<TranslationRow[]> {
  if (!ids.length) return []
  const table = quotedTablesOf(payload, 'news').locales
  const { rows } = await appPool(payload).query(
    `SELECT l._parent_id AS id, l._locale AS locale, l._status = 'published' AS published, l.slug,
            l.title IS NOT NULL AS title, l.summary IS NOT NULL AS summary,
            l.body IS NOT NULL AS body, l.byline IS NOT NULL AS byline,
            ${textFields.map(copiedColumn).join(', ')}
     FROM ${table} l
     LEFT JOIN ${table} s ON s._parent_id = l._parent_id AND s._locale = '${defaultLocale}'
     WHERE l._parent_id = ANY($1) ORDER BY l._locale`,
    [ids],
  )
  return rows.map((row) => ({
    id: row.id,
    locale: row.locale,
    published: row.published,
    slug: row.slug,
    filled: { title: row.title, summary: row.summary, body: row.body, byline: row.byline },
    copied: Object.fromEntries(
      textFields.map((field) => [field, row[`${field}_copied`]]),
    ) as Record<TextField, boolean>,
  }))
}
