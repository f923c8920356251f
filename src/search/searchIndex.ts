import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { appPool } from '@/platform/database/pool'

import { headlineOptions, toHtml } from './highlight'

export const searchableCollections = ['news', 'clusters', 'experts'] as const
export type SearchableCollection = (typeof searchableCollections)[number]

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

type Row = {
  collection: SearchableCollection
  doc_id: number
  slug: string | null
  title: string
  snippet: string
  published_at: Date | null
  rank: number
}

// $1 locale, $2 text, $3 collections, $4 partner's clusters (news only).
const matching = `
  FROM search.entries e, q
  WHERE e.locale = $1 AND e.tsv @@ q.loose AND e.collection = ANY($3)
    AND (cardinality($4::int[]) = 0 OR e.collection <> 'news' OR e.clusters && $4::int[])`

const withQuery = `WITH q AS (SELECT search.query($1, $2) AS loose, search.query($1, $2, false, false) AS strict)`

/**
 * Full-text search in one language over what readers may see there (the index holds only
 * published languages), ranked: exact stems count double, compounds and inflections once.
 */
export async function searchIndex(payload: Payload, request: SearchRequest) {
  const { locale, q, collections, newsClusters, page, limit } = request
  const pool = appPool(payload)
  const params = [locale, q, collections, newsClusters]
  const [{ rows }, count] = await Promise.all([
    pool.query<Row>(
      `${withQuery}, hits AS (
         SELECT e.collection, e.doc_id, e.slug, e.title, e.body, e.published_at,
           ts_rank(e.tsv, q.strict) * 2 + ts_rank(e.tsv, q.loose) AS rank
         ${matching}
         ORDER BY rank DESC, e.published_at DESC NULLS LAST, e.collection, e.doc_id
         LIMIT $5 OFFSET $6)
       SELECT h.collection, h.doc_id, h.slug, h.published_at, h.rank,
         ts_headline(search.config($1), h.title, q.loose, $7) AS title,
         ts_headline(search.config($1), h.body, q.loose, $8) AS snippet
       FROM hits h, q
       ORDER BY h.rank DESC, h.published_at DESC NULLS LAST, h.collection, h.doc_id`,
      [
        ...params,
        limit,
        (page - 1) * limit,
        headlineOptions('HighlightAll=true'),
        headlineOptions('MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "'),
      ],
    ),
    pool.query<{ total: string }>(`${withQuery} SELECT count(*) AS total ${matching}`, params),
  ])
  const totalDocs = Number(count.rows[0]?.total ?? 0)
  const docs: SearchHit[] = rows.map((row) => ({
    collection: row.collection,
    id: row.doc_id,
    slug: row.slug,
    title: toHtml(row.title),
    snippet: toHtml(row.snippet),
    publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
    rank: Math.round(Number(row.rank) * 10_000) / 10_000,
  }))
  return { docs, totalDocs, page, limit, totalPages: Math.ceil(totalDocs / limit) }
}
