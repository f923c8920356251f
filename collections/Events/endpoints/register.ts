import type { Endpoint } from 'payload'

import { register } from '@/events/register'
import { languageFromHeader, translate } from '@/i18n'
import { clientErrorResponse } from '@/platform/problems'
import { clientAddress } from '@/platform/rateLimit'

/**
 * POST /api/events/:id/register: always the same 202 for a well-formed request to an open
 * event, so the answer never tells whether the address was already registered; 400 naming the
 * reason for bad input, 404 for an event the caller cannot read, 409 when registration is
 * closed, 429 past the limits.
 */
export const registerEndpoint: Endpoint = {
  path: '/:id/register',
  method: 'post',
  handler: async (req) => {
    const { headers, payload } = req
    const body: unknown = await req.json?.().catch(() => undefined)
    const outcome = await register(req.routeParams?.id, body, {
      payload,
      address: clientAddress(headers),
      user: req.user,
    })
    switch (outcome.kind) {
      case 'rateLimited': {
        const values = { seconds: outcome.retryAfter }
        const response = clientErrorResponse(headers, 'api.rateLimited', values, 429)
        response.headers.set('Retry-After', String(outcome.retryAfter))
        return response
      }
      case 'problem':
        return clientErrorResponse(
          headers,
          outcome.problem.key,
          outcome.problem.values,
          outcome.problem.status,
        )
      case 'accepted': {
        const language = languageFromHeader(headers.get('accept-language'))
        const message = translate(language, 'api.register.accepted')
        return Response.json({ message }, { status: 202 })
      }
    }
  },
}
