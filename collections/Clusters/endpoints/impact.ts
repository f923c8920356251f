import type { Endpoint } from 'payload'

import { defaultLocale } from '@/i18n/locales'
import { clusterImpact, impactLabels } from '@/impact/clusterImpact'
import { readerLocaleOrAll } from '@/partners/readerLocale'
import { clientErrorResponse, problemResponse } from '@/platform/problems'

/**
 * GET /api/clusters/{slug}/impact[?locale=fi|sv|en|all]: what the cluster achieved with
 * companies, rolled up from benefit records and join requests, with labels in the language
 * asked (all three with `all`). Public: figures and approved quotes only, never a company's
 * contact details. A partner key asks in its own languages only (its first by default).
 */
export const impactEndpoint: Endpoint = {
  path: '/:slug/impact',
  method: 'get',
  handler: async (req) => {
    const slug = String(req.routeParams?.slug ?? '')
    const locale = readerLocaleOrAll(req, new URL(req.url!).searchParams)
    if (typeof locale === 'object') return problemResponse(req.headers, locale)
    const contentLocale = locale === 'all' ? defaultLocale : locale
    const { docs } = await req.payload.find({
      collection: 'clusters',
      where: { slug: { equals: slug } },
      locale: contentLocale,
      depth: 0,
      limit: 1,
      select: { name: true, slug: true },
    })
    const cluster = docs[0]
    if (!cluster) return clientErrorResponse(req.headers, 'api.notFound', {}, 404)
    const impact = await clusterImpact(req.payload, cluster.id, contentLocale)
    return Response.json({
      cluster: { id: cluster.id, slug: cluster.slug, name: cluster.name },
      locale,
      ...impact,
      labels: impactLabels(locale),
    })
  },
}
