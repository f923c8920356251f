import type { Endpoint, PayloadRequest } from 'payload'

import { appPool } from '@/database/pool'
import { clientErrorResponse } from '@/http/apiError'
import { joinPerClient, joinPerEmail } from '@/http/formLimits'
import { clientAddress } from '@/http/rateLimit'
import { languageFromHeader, translate } from '@/i18n'
import { createJoinRequest } from '@/join/createJoinRequest'
import { parseJoinRequest } from '@/join/joinInput'
import { clusterIds } from '@/newsletter/subscriptions'
import { searchPool } from '@/search/searchIndex'

/** The field a person never sees (hidden by the form's CSS) and a bot fills in. */
export const honeypotField = 'website'

function tooMany(headers: Headers, retryAfter: number) {
  const response = clientErrorResponse(headers, 'api.rateLimited', { seconds: retryAfter }, 429)
  response.headers.set('Retry-After', String(retryAfter))
  return response
}

const accepted = (headers: Headers) =>
  Response.json(
    { message: translate(languageFromHeader(headers.get('accept-language')), 'api.join.accepted') },
    { status: 202 },
  )

/** No item, or one published in at least one language: what readers could have been reading. */
export async function publishedNews(req: PayloadRequest, id: number | undefined) {
  if (id === undefined) return true
  const { rows } = await searchPool(req.payload).query(
    `SELECT 1 FROM news_locales WHERE _parent_id = $1 AND _status = 'published' LIMIT 1`,
    [id],
  )
  return rows.length > 0
}

/**
 * POST /api/join: a company asks to join clusters. 202 with a message in the client's
 * language; 400 naming the reason for bad input; 429 past the rate limits.
 */
export const joinEndpoint: Endpoint = {
  path: '/join',
  method: 'post',
  handler: async (req) => {
    const { headers } = req
    const limited = await joinPerClient(appPool(req.payload), clientAddress(headers))
    if (!limited.ok) return tooMany(headers, limited.retryAfter)
    const body = (await req.json?.().catch(() => undefined)) as Record<string, unknown> | undefined
    // A bot gets the answer a person would, and nothing is stored or sent.
    if (body && typeof body[honeypotField] === 'string' && body[honeypotField] !== '') {
      return accepted(headers)
    }
    const parsed = parseJoinRequest(body)
    if (!parsed.ok) return clientErrorResponse(headers, parsed.problem.key, parsed.problem.values)
    const input = parsed.value

    const byEmail = await joinPerEmail(appPool(req.payload), input.contact.email)
    if (!byEmail.ok) return tooMany(headers, byEmail.retryAfter)
    const clusters = await clusterIds(req.payload, input.clusters)
    if ('unknown' in clusters) {
      return clientErrorResponse(headers, 'api.unknownClusters', {
        value: clusters.unknown.join(', '),
      })
    }
    if (!(await publishedNews(req, input.source.news))) {
      return clientErrorResponse(headers, 'api.join.unknownNews', {
        value: String(input.source.news),
      })
    }
    await createJoinRequest(req, input, clusters, input.source.news)
    return accepted(headers)
  },
}
