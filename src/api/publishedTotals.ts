import type { Payload } from 'payload'

import { contentGeneration } from '@/cache/contentChanges'
import {
  publishedNewsPage,
  type Chosen,
  type PublishedPageQuery,
} from '@collections/News/publishedPage'

// Per language, the number of published news items while content stays at `generation`.
const totals = new Map<string, { total: number; generation: number }>()

/**
 * A page of published news, its count reused while content is unchanged: the count reads every
 * published row of the language (100,000 at the scale the benchmark runs), the page a few.
 * Only listening callers (the document cache's) may use it, as they hear every change.
 */
export async function publishedNewsPageCounted(
  payload: Payload,
  query: PublishedPageQuery,
): Promise<Chosen> {
  if (query.slug !== undefined) return publishedNewsPage(payload, query)
  const generation = contentGeneration()
  const known = totals.get(query.locale)
  const chosen = await publishedNewsPage(
    payload,
    query,
    known?.generation === generation ? known.total : undefined,
  )
  if (contentGeneration() === generation)
    totals.set(query.locale, { total: chosen.totalDocs, generation })
  return chosen
}
