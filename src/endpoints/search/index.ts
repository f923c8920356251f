import type { Endpoint } from 'payload'

import { readerLocale } from '@/partners/readerLocale'
import { partnerOf, scopeClusterIds } from '@/partners/scope'
import { clientErrorResponse } from '@/platform/problems'
import { boundedInt, queryText } from '@/platform/queryParams'
import { newsUrl } from '@/platform/urls'
import { searchableCollections, searchIndex, type SearchableCollection } from '@/search/searchIndex'

const isSearchable = (value: string): value is SearchableCollection =>
  (searchableCollections as readonly string[]).includes(value)

/**
 * GET /api/search?q=…&locale=fi|sv|en[&type=news,clusters,experts][&page=1][&limit=10]:
 * published news, clusters and experts in one language, ranked, with highlighted snippets.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const { headers } = req
    const params = new URL(req.url!).searchParams
    const locale = readerLocale(req, params)
    if (typeof locale === 'object') {
      return clientErrorResponse(headers, locale.key, locale.values, locale.status)
    }
    const q = queryText(params.get('q'), 2, 200)
    if (!q) return clientErrorResponse(headers, 'api.search.query')
    const types = (params.get('type') ?? searchableCollections.join(','))
      .split(',')
      .map((type) => type.trim())
    const unknown = types.find((type) => !isSearchable(type))
    if (unknown !== undefined) {
      return clientErrorResponse(headers, 'api.search.type', { value: unknown })
    }
    const page = boundedInt(params.get('page'), 1, 100, 1)
    const limit = boundedInt(params.get('limit'), 1, 50, 10)
    if (!page || !limit) return clientErrorResponse(headers, 'api.search.page')

    const partner = partnerOf(req.user)
    const result = await searchIndex(req.payload, {
      locale,
      q,
      collections: types as SearchableCollection[],
      newsClusters: partner ? scopeClusterIds(partner) : [],
      page,
      limit,
    })
    const docs = result.docs.map((hit) => ({
      ...hit,
      url: hit.collection === 'news' && hit.slug ? newsUrl(locale, hit.slug) : undefined,
    }))
    return Response.json({ ...result, docs, locale, q })
  },
}
