import { clientErrorResponse } from './apiError'
import { checkQuery, type Problem } from './checkQuery'
import { readBody } from './readBody'

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

const refuse = (request: Request, { key, values, status }: Problem) =>
  clientErrorResponse(request.headers, key, values, status)

/**
 * Wraps Payload's REST and GraphQL route handlers with the checks Payload leaves to a trusted
 * intranet: known locales, bounded depth, parseable where and JSON bodies, bounded body size.
 */
export const guardApiRoute =
  <Context>(handler: RouteHandler<Context>): RouteHandler<Context> =>
  async (request, context) => {
    const queryProblem = checkQuery(new URL(request.url).searchParams)
    if (queryProblem) return refuse(request, queryProblem)
    if (!request.body) return notImplementedIsNotFound(await handler(request, context))

    const body = await readBody(request)
    if ('problem' in body) return refuse(request, body.problem)
    return notImplementedIsNotFound(
      await handler(new Request(request, { body: body.bytes }), context),
    )
  }

/** Payload answers 501 for collections without REST endpoints (its migrations table): to a client, nothing is there. */
const notImplementedIsNotFound = (response: Response): Response =>
  response.status === 501
    ? new Response(response.body, { status: 404, headers: response.headers })
    : response
