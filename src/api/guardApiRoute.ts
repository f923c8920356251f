import { getPayload, type Payload } from 'payload'

import { recordPartnerUse } from '@/partners/usage'
import { clientErrorResponse, type Problem } from '@/platform/problems'
import config from '@payload-config'

import { rateLimitFor } from './apiRateLimit'
import { identifyCaller, type Caller } from './caller'
import { checkQuery } from './checkQuery'
import { corsHeaders, withHeaders } from './cors'
import { checkOverriddenQuery } from './methodOverride'
import { inOneLanguage } from './oneLanguage'
import { pageOfDocuments } from './pageOfDocuments'
import { privateAnswer, publicCacheKey, servePublicRead } from './publicCache'
import { readBody } from './readBody'
import { withRequestId } from './requestId'
import { inWriteSlot } from './writeSlots'

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

const refuse = (request: Request, { key, values, status }: Problem) =>
  clientErrorResponse(request.headers, key, values, status)

/**
 * Wraps Payload's REST and GraphQL route handlers with what Payload leaves to a trusted
 * intranet: known locales, bounded depth, parseable where and JSON bodies, bounded body size,
 * partner keys, rate limits, CORS, and cached public reads with ETags; messages in one
 * language, Payload's included; and names the request's id in its answer and its log lines.
 */
export const guardApiRoute =
  <Context>(handler: RouteHandler<Context>): RouteHandler<Context> =>
  (request, context) =>
    withRequestId(request, async () => {
      const payload = await getPayload({ config })
      const inOne = inOneLanguage(request, payload.config.cookiePrefix)
      const response = await guarded(inOne, payload, (checked) => handler(checked, context))
      return withHeaders(response, await corsHeaders(request, payload))
    })

/** OPTIONS: a CORS preflight, answered the same way for every API path. */
export const preflight = async (request: Request): Promise<Response> => {
  const payload = await getPayload({ config })
  return withHeaders(new Response(null, { status: 204 }), await corsHeaders(request, payload))
}

async function guarded(
  request: Request,
  payload: Payload,
  handle: (request: Request) => Promise<Response>,
): Promise<Response> {
  const queryProblem = checkQuery(new URL(request.url).searchParams)
  if (queryProblem) return refuse(request, queryProblem)
  const caller = await identifyCaller(request.headers, payload)
  if (caller.kind === 'badKey') return refuse(request, { key: 'api.badApiKey', status: 401 })
  const limited = await rateLimitFor(payload, caller, request.headers)
  if (!limited.ok) return tooManyRequests(request, limited.retryAfter)
  if (caller.kind === 'partner') recordPartnerUse(payload, caller.partner.id)

  let checked = request
  let bytes: Uint8Array | undefined
  if (request.body) {
    const body = await readBody(request)
    if ('problem' in body) return refuse(request, body.problem)
    bytes = body.bytes
    checked = new Request(request, { body: body.bytes })
  }
  const overrideProblem = checkOverriddenQuery(request, bytes)
  if (overrideProblem) return refuse(request, overrideProblem)
  const payloadAnswer = async (request: Request) => notImplementedIsNotFound(await handle(request))
  return answer(checked, caller, bytes, () =>
    pageOfDocuments(checked, caller, payload, payloadAnswer),
  )
}

function answer(
  request: Request,
  caller: Caller,
  body: Uint8Array | undefined,
  produce: () => Promise<Response>,
) {
  const cacheKey = publicCacheKey(request, caller, body)
  if (cacheKey) return servePublicRead(request, caller, cacheKey, produce)
  const run = isRead(request) ? produce : () => inWriteSlot(produce)
  return caller.kind === 'staff' ? run().then(privateAnswer) : run()
}

const isRead = (request: Request) => request.method === 'GET' || request.method === 'HEAD'

function tooManyRequests(request: Request, retryAfter: number): Response {
  const response = refuse(request, {
    key: 'api.rateLimited',
    values: { seconds: retryAfter },
    status: 429,
  })
  response.headers.set('Retry-After', String(retryAfter))
  return response
}

/** Payload answers 501 for collections without REST endpoints (its migrations table): to a client, nothing is there. */
const notImplementedIsNotFound = (response: Response): Response =>
  response.status === 501
    ? new Response(response.body, { status: 404, headers: response.headers })
    : response
