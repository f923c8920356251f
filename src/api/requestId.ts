import { currentRequestId, requestContext, requestIdFrom } from '@/platform/logging/requestContext'

import { withHeaders } from './cors'

/**
 * Runs an API handler inside its request's id and names the id in `X-Request-Id`. The
 * production server (src/server/httpServer.ts) has set the id already; under `next dev` and in
 * tests it is taken from the caller's header or made here.
 */
export async function withRequestId(
  request: Request,
  handle: () => Promise<Response>,
): Promise<Response> {
  const current = currentRequestId()
  const requestId = current ?? requestIdFrom(request.headers.get('x-request-id'))
  const response = current ? await handle() : await requestContext.run({ requestId }, handle)
  return withHeaders(response, new Headers({ 'X-Request-Id': requestId }))
}
