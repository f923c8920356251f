import type { Locale } from '@/i18n/locales'
import { queryText } from '@/platform/queryParams'
import { sitePaths } from '@/platform/sitePaths'
import { searchableCollections, searchIndex, type SearchHit } from '@/search/searchIndex'

import { single } from './params'
import { getReader } from './reader'

export type SiteHit = SearchHit & { href: string }

export type SiteSearch =
  | { kind: 'none' }
  | { kind: 'tooShort'; q: string }
  | {
      kind: 'found'
      q: string
      docs: SiteHit[]
      totalDocs: number
      totalPages: number
      capped: boolean
    }

export const searchPageSize = 10

/** Where a hit lives on this site: a news item or cluster page, an expert on the experts page. */
function hrefOf(locale: Locale, hit: SearchHit): string {
  if (hit.collection === 'news' && hit.slug) return sitePaths.news(locale, hit.slug)
  if (hit.collection === 'clusters' && hit.slug) return sitePaths.cluster(locale, hit.slug)
  return `${sitePaths.experts(locale)}${hit.slug ? `#expert-${hit.slug}` : ''}`
}

/**
 * The site's search over the index GET /api/search reads, with the same limits on the text
 * (2 to 200 characters): what a reader typed, checked, and the page of hits asked for.
 */
export async function searchSite(
  locale: Locale,
  value: string | string[] | undefined,
  page: number,
): Promise<SiteSearch> {
  const typed = single(value)?.trim()
  if (!typed) return { kind: 'none' }
  const q = queryText(typed, 2, 200)
  if (!q) return { kind: 'tooShort', q: typed.slice(0, 200) }
  const { payload } = await getReader()
  const result = await searchIndex(payload, {
    locale,
    q,
    collections: [...searchableCollections],
    newsClusters: [],
    page,
    limit: searchPageSize,
  })
  return {
    kind: 'found',
    q,
    docs: result.docs.map((hit) => ({ ...hit, href: hrefOf(locale, hit) })),
    totalDocs: result.totalDocs,
    totalPages: result.totalPages,
    capped: result.capped,
  }
}
