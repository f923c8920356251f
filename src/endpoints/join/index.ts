import type { Endpoint } from 'payload'

import { acceptedResponse, rateLimitedResponse } from '@/endpoints/formAnswers'
import { submitJoinRequest } from '@/join/submitJoinRequest'
import { clientErrorResponse } from '@/platform/problems'
import { clientAddress } from '@/platform/rateLimit'

/**
 * POST /api/join: a company asks to join clusters. 202 with a message in the client's
 * language; 400 naming the reason for bad input (the first field's); 429 past the rate limits.
 */
export const joinEndpoint: Endpoint = {
  path: '/join',
  method: 'post',
  handler: async (req) => {
    const { headers, payload } = req
    const body: unknown = await req.json?.().catch(() => undefined)
    const outcome = await submitJoinRequest(body, { payload, address: clientAddress(headers) })
    switch (outcome.kind) {
      case 'rateLimited':
        return rateLimitedResponse(headers, outcome.retryAfter)
      case 'problems': {
        const { key, values } = outcome.problems[0]!
        return clientErrorResponse(headers, key, values)
      }
      // A bot gets the answer a person would.
      case 'honeypot':
      case 'accepted':
        return acceptedResponse(headers, 'api.join.accepted')
    }
  },
}
