import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { appPool } from '@/platform/database/pool'

import { headlineOptions, toHtml } from './highlight'

export const searchableCollections = ['news', 'clusters', 'experts'] as const
export type SearchableCollection = (typeof searchableCollections)[number]

/**
 * How many matching news items a search ranks: the newest this many. Clusters and experts are
 * few, and every match of theirs is ranked. Bounds a search's cost whatever the archive's size.
 */
export const rankedNewsLimit = 200

export type SearchRequest = {
  locale: Locale
  q: string
  collections: SearchableCollection[]
  /** A partner's clusters: news outside them is not found. Empty: all. */
  newsClusters: number[]
  page: number
  limit: number
}

export type SearchHit = {
  collection: SearchableCollection
  id: number
  slug: string | null
  title: string
  snippet: string
  publishedAt: string | null
  rank: number
}

export type SearchResult = {
  docs: SearchHit[]
  /** The hits that can be paged through: at most `rankedNewsLimit` news items among them. */
  totalDocs: number
  page: number
  limit: number
  totalPages: number
  /** More news matched than the newest `rankedNewsLimit`, which alone were ranked. */
  capped: boolean
}

type Row = {
  total: number
  capped: boolean
  collection: SearchableCollection | null
  doc_id: number | null
  slug: string | null
  title: string
  snippet: string
  published_at: Date | null
  rank: number
}

// The reader's words as tsqueries: compounds and inflections too, and exact stems only.
const queriesOf = `SELECT search.query($1, $2)::text AS loose, search.query($1, $2, false, false)::text AS strict`

// $1 locale, $2 loose and $3 strict tsquery, $4 news asked for, $5 the other collections asked
// for, $6 a partner's clusters (news only), $7 rankedNewsLimit, $8 limit, $9 offset, $10 and
// $11 headline options. The tsqueries come as values, so the planner sees how common the words
// are: a common word walks `entries_news_newest` and stops at the limit, a rare one takes its
// few rows from the language's GIN index (`entries_tsv_<locale>`).
const rankedPage = `
  WITH news AS (
    SELECT n.*, row_number() OVER (ORDER BY n.published_at DESC NULLS LAST, n.doc_id DESC) AS nth
    FROM (
      SELECT e.collection, e.doc_id, e.slug, e.title, e.body, e.published_at, e.tsv
      FROM search.entries e
      WHERE $4::boolean AND e.locale = $1 AND e.collection = 'news' AND e.tsv @@ $2::tsquery
        AND (cardinality($6::int[]) = 0 OR e.clusters && $6::int[])
      ORDER BY e.published_at DESC NULLS LAST, e.doc_id DESC
      LIMIT $7::int + 1
    ) n
  ), candidates AS (
    SELECT collection, doc_id, slug, title, body, published_at, tsv FROM news WHERE nth <= $7::int
    UNION ALL
    SELECT e.collection, e.doc_id, e.slug, e.title, e.body, e.published_at, e.tsv
    FROM search.entries e
    WHERE e.locale = $1 AND e.collection = ANY($5::text[]) AND e.tsv @@ $2::tsquery
  ), hits AS (
    SELECT c.collection, c.doc_id, c.slug, c.title, c.body, c.published_at,
      ts_rank(c.tsv, $3::tsquery) * 2 + ts_rank(c.tsv, $2::tsquery) AS rank
    FROM candidates c
    ORDER BY rank DESC, c.published_at DESC NULLS LAST, c.collection, c.doc_id
    LIMIT $8 OFFSET $9
  )
  SELECT t.total, t.capped, h.collection, h.doc_id, h.slug, h.published_at, h.rank,
    ts_headline(search.config($1), h.title, $2::tsquery, $10) AS title,
    ts_headline(search.config($1), h.body, $2::tsquery, $11) AS snippet
  FROM (SELECT (SELECT count(*)::int FROM candidates) AS total,
      (SELECT count(*) > $7::int FROM news) AS capped) t
    LEFT JOIN hits h ON true
  ORDER BY h.rank DESC, h.published_at DESC NULLS LAST, h.collection, h.doc_id`

/**
 * Full-text search in one language over what readers may see there (the index holds only
 * published languages), ranked: exact stems count double, compounds and inflections once.
 * Of the news, the newest `rankedNewsLimit` matches are ranked (docs/decisions.md, "Search
 * ranks a bounded set"), so a search costs the same in an archive of any size.
 */
export async function searchIndex(payload: Payload, request: SearchRequest): Promise<SearchResult> {
  const { locale, q, collections, newsClusters, page, limit } = request
  const pool = appPool(payload)
  const empty = { docs: [], totalDocs: 0, page, limit, totalPages: 0, capped: false }
  const queries = await pool.query<{ loose: string | null; strict: string | null }>(queriesOf, [
    locale,
    q,
  ])
  const { loose, strict } = queries.rows[0]!
  // Only stop words, or nothing a word: nothing can match.
  if (!loose || !strict) return empty
  // Unnamed statements: planned for these values each time, as the comment on `rankedPage` needs.
  const { rows } = await pool.query<Row>(rankedPage, [
    locale,
    loose,
    strict,
    collections.includes('news'),
    collections.filter((collection) => collection !== 'news'),
    newsClusters,
    rankedNewsLimit,
    limit,
    (page - 1) * limit,
    headlineOptions('HighlightAll=true'),
    headlineOptions('MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "'),
  ])
  const { total, capped } = rows[0]!
  const docs: SearchHit[] = rows.flatMap((row) =>
    row.collection === null || row.doc_id === null
      ? []
      : [
          {
            collection: row.collection,
            id: row.doc_id,
            slug: row.slug,
            title: toHtml(row.title),
            snippet: toHtml(row.snippet),
            publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
            rank: Math.round(Number(row.rank) * 10_000) / 10_000,
          },
        ],
  )
  return { docs, totalDocs: total, page, limit, totalPages: Math.ceil(total / limit), capped }
}
