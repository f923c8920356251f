import type { Endpoint } from 'payload'

import { acceptedResponse, rateLimitedResponse } from '@/endpoints/formAnswers'
import { subscribe } from '@/newsletter/subscribe'
import { clientErrorResponse } from '@/platform/problems'
import { clientAddress } from '@/platform/rateLimit'

/**
 * POST /api/newsletter/subscribe: always the same 202 for a well-formed request, so the answer
 * never tells whether an address is already on the list.
 */
export const subscribeEndpoint: Endpoint = {
  path: '/newsletter/subscribe',
  method: 'post',
  handler: async (req) => {
    const { headers, payload } = req
    const body: unknown = await req.json?.().catch(() => undefined)
    const outcome = await subscribe(body, { payload, address: clientAddress(headers) })
    switch (outcome.kind) {
      case 'rateLimited':
        return rateLimitedResponse(headers, outcome.retryAfter)
      case 'problem':
        return clientErrorResponse(headers, outcome.problem.key, outcome.problem.values)
      case 'accepted':
        return acceptedResponse(headers, 'api.subscribe.accepted')
    }
  },
}
