import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { CollectionAfterOperationHook, Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { newsUrl } from '@/newsletter/links'

export type Alternate = { locale: Locale; slug: string; url: string }

type Doc = { id: number; alternates?: Alternate[] }

/** One query for a whole page, so a longer page costs no more statements. */
async function alternatesOf(payload: Payload, ids: number[]): Promise<Map<number, Alternate[]>> {
  const byId = new Map<number, Alternate[]>(ids.map((id) => [id, []]))
  if (!ids.length) return byId
  const { rows } = await (payload.db as unknown as PostgresAdapter).pool.query<{
    id: number
    locale: Locale
    slug: string
  }>(
    `SELECT _parent_id AS id, _locale AS locale, slug FROM news_locales
     WHERE _parent_id = ANY($1) AND title IS NOT NULL AND slug IS NOT NULL ORDER BY _locale`,
    [ids],
  )
  for (const { id, locale, slug } of rows) {
    byId.get(id)?.push({ locale, slug, url: newsUrl(locale, slug) })
  }
  return byId
}

/**
 * Says which languages really have the item (not a fallback) and where, so partner sites can
 * emit hreflang links. From the published row: what readers can open.
 */
export const addAlternates: CollectionAfterOperationHook<'news'> = async ({
  operation,
  req,
  result,
}) => {
  if (operation !== 'find' && operation !== 'findByID') return result
  const docs = (operation === 'find' ? (result as { docs: Doc[] }).docs : [result]) as Doc[]
  const present = docs.filter((doc) => doc && typeof doc.id === 'number')
  const alternates = await alternatesOf(
    req.payload,
    present.map((doc) => doc.id),
  )
  for (const doc of present) doc.alternates = alternates.get(doc.id) ?? []
  return result
}
