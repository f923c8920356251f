import type { Endpoint } from 'payload'

import { appPool } from '@/database/pool'
import { clientErrorResponse } from '@/http/apiError'
import { subscribePerClient } from '@/http/formLimits'
import { clientAddress } from '@/http/rateLimit'
import { languageFromHeader, translate } from '@/i18n'
import { parseSubscription } from '@/newsletter/subscriptionInput'
import { clusterIds, subscribe } from '@/newsletter/subscriptions'

/**
 * POST /api/newsletter/subscribe: always the same 202 for a well-formed request, so the answer
 * never tells whether an address is already on the list.
 */
export const subscribeEndpoint: Endpoint = {
  path: '/newsletter/subscribe',
  method: 'post',
  handler: async (req) => {
    const headers = req.headers
    const limited = await subscribePerClient(appPool(req.payload), clientAddress(headers))
    if (!limited.ok) {
      const response = clientErrorResponse(
        headers,
        'api.rateLimited',
        { seconds: limited.retryAfter },
        429,
      )
      response.headers.set('Retry-After', String(limited.retryAfter))
      return response
    }
    const parsed = parseSubscription(await req.json?.().catch(() => undefined))
    if (!parsed.ok) return clientErrorResponse(headers, parsed.problem.key, parsed.problem.values)

    const clusters = await clusterIds(req.payload, parsed.value.clusters)
    if ('unknown' in clusters) {
      return clientErrorResponse(headers, 'api.unknownClusters', {
        value: clusters.unknown.join(', '),
      })
    }
    await subscribe(req.payload, parsed.value, clusters)
    const message = translate(
      languageFromHeader(headers.get('accept-language')),
      'api.subscribe.accepted',
    )
    return Response.json({ message }, { status: 202 })
  },
}
