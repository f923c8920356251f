import type { Endpoint } from 'payload'

import { industryDivision } from '@/lapland/industries'
import { findMunicipality } from '@/lapland/municipalities'
import { matchNeed } from '@/match/matchNeed'
import { readerLocale } from '@/partners/readerLocale'
import { partnerOf, scopeClusterIds } from '@/partners/scope'
import { clientErrorResponse } from '@/platform/problems'
import { queryText } from '@/platform/queryParams'

/**
 * GET /api/match?locale=fi&q=…[&industry=TOL 2008 code][&municipality=name or code]:
 * the clusters for a company's need, whom to contact and recent related news, with reasons.
 */
export const matchEndpoint: Endpoint = {
  path: '/match',
  method: 'get',
  handler: async (req) => {
    const { headers } = req
    const params = new URL(req.url!).searchParams
    const locale = readerLocale(req, params)
    if (typeof locale === 'object') {
      return clientErrorResponse(headers, locale.key, locale.values, locale.status)
    }
    const q = queryText(params.get('q'), 3, 1000)
    if (!q) return clientErrorResponse(headers, 'api.match.query')
    const industry = params.get('industry')?.trim() || undefined
    if (industry && !industryDivision(industry)) {
      return clientErrorResponse(headers, 'api.badIndustry', { value: industry })
    }
    const municipalityText = params.get('municipality')?.trim() || undefined
    const municipality = municipalityText ? findMunicipality(municipalityText) : undefined
    if (municipalityText && !municipality) {
      return clientErrorResponse(headers, 'api.badMunicipality', { value: municipalityText })
    }
    const partner = partnerOf(req.user)
    const need = {
      locale,
      q,
      industry,
      municipality: municipality?.code,
      newsClusters: partner ? scopeClusterIds(partner) : [],
    }
    return Response.json(await matchNeed(req.payload, need))
  },
}
