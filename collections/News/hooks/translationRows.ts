import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
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
}

/**
 * Every language row of the given items, as stored for readers (the published row), in one
 * query for a whole page: a longer page costs no more statements.
 */
export async function translationRows(payload: Payload, ids: number[]): Promise<TranslationRow[]> {
  if (!ids.length) return []
  const { rows } = await appPool(payload).query(
    `SELECT _parent_id AS id, _locale AS locale, _status = 'published' AS published, slug,
            title IS NOT NULL AS title, summary IS NOT NULL AS summary,
            body IS NOT NULL AS body, byline IS NOT NULL AS byline
     FROM ${quotedTablesOf(payload, 'news').locales} WHERE _parent_id = ANY($1) ORDER BY _locale`,
    [ids],
  )
  return rows.map((row) => ({
    id: row.id,
    locale: row.locale,
    published: row.published,
    slug: row.slug,
    filled: { title: row.title, summary: row.summary, body: row.body, byline: row.byline },
  }))
}
