import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { appPool } from '@/platform/database/pool'
import { quotedTablesOf } from '@/platform/database/tables'

export type PublishedPageQuery = {
  locale: Locale
  /** `where[slug][equals]`: one item by its slug in `locale`. */
  slug?: string
  limit: number
  page: number
}

export type Chosen = { ids: number[]; totalDocs: number }

/**
 * The ids of one page of the news a reader may read in `locale` (its translation published:
 * the `published` rule of src/access/permissions.ts, for readers without a cluster scope), and
 * how many there are: what Payload's own two queries choose, in its order (`defaultSort`
 * `-publishedAt`, then its tie-breaker `-createdAt`), in one statement.
 */
export async function publishedNewsPage(
  payload: Payload,
  { locale, slug, limit, page }: PublishedPageQuery,
  /** The count, when the caller knows it from unchanged content. */
  knownTotal?: number,
): Promise<Chosen> {
  const tables = quotedTablesOf(payload, 'news')
  const { rows } = await appPool(payload).query<{ ids: number[]; total: number }>({
    name: 'published-news-page',
    // Two scans the planner can keep short: the page walks the `published_at` index and stops
    // at the page's end; the count needs no join (every language row has its item), and is
    // skipped when known: it reads every published row of the language.
    text: `
      SELECT
        CASE WHEN $5::boolean THEN (SELECT count(*)::int FROM ${tables.locales} l
          WHERE l._locale = $1 AND l._status = 'published' AND ($2::varchar IS NULL OR l.slug = $2)
        ) END AS total,
        coalesce((
          SELECT array_agg(id ORDER BY published_at DESC, created_at DESC) FROM (
            SELECT n.id, n.published_at, n.created_at
            FROM ${tables.main} n
            JOIN ${tables.locales} l ON l._parent_id = n.id AND l._locale = $1
            WHERE l._status = 'published' AND ($2::varchar IS NULL OR l.slug = $2)
            ORDER BY n.published_at DESC, n.created_at DESC LIMIT $3 OFFSET $4
          ) page
        ), '{}') AS ids`,
    values: [locale, slug ?? null, limit, (page - 1) * limit, knownTotal === undefined],
  })
  return { ids: rows[0]!.ids, totalDocs: knownTotal ?? rows[0]!.total }
}

/**
 * The ids of the `limit` newest news items published in `locale` with a title there (of
 * `cluster`, if given), in Payload's order: what a feed shows a reader without a scope. Payload's
 * own query for them reads every published row of the language.
 */
export async function newestPublishedNewsIds(
  payload: Payload,
  { locale, cluster, limit }: { locale: Locale; cluster?: number; limit: number },
): Promise<number[]> {
  const tables = quotedTablesOf(payload, 'news')
  const { rows } = await appPool(payload).query<{ id: number }>({
    name: 'newest-published-news',
    text: `
      SELECT n.id FROM ${tables.main} n
      JOIN ${tables.locales} l ON l._parent_id = n.id AND l._locale = $1
      WHERE l._status = 'published' AND l.title IS NOT NULL
        AND ($2::int IS NULL OR EXISTS (SELECT 1 FROM ${tables.rels} r
          WHERE r.parent_id = n.id AND r.path = 'clusters' AND r.clusters_id = $2))
      ORDER BY n.published_at DESC, n.created_at DESC LIMIT $3`,
    values: [locale, cluster ?? null, limit],
  })
  return rows.map((row) => row.id)
}
