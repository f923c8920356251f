import { clientErrorResponse } from '@/platform/problems'

import { checkGraphQLQuery } from './graphqlLimits'

type Handler = (request: Request) => Promise<Response>

/** The query text of a GraphQL request; anything else is graphql-http's to refuse. */
async function queryOf(request: Request): Promise<string | undefined> {
  try {
    const { query } = JSON.parse(await request.clone().text()) as { query?: unknown }
    return typeof query === 'string' ? query : undefined
  } catch {
    return undefined
  }
}

/**
 * A query that fails our limits never reaches Payload. graphql-http answers a query that fails
 * validation (unknown field, bad locale enum) with 200 when the client accepts
 * application/json. A result with `errors` and no `data` never ran, so it is the client's
 * error: 400, as the GraphQL-over-HTTP spec has it.
 */
export const graphqlStatus =
  (handler: Handler): Handler =>
  async (request) => {
    const query = await queryOf(request)
    const problem = query === undefined ? undefined : checkGraphQLQuery(query)
    if (problem) return clientErrorResponse(request.headers, problem.key, problem.values)
    const response = await handler(request)
    if (response.status !== 200) return response
    const text = await response.text()
    // Errors of custom validation rules come back as a bare array.
    if (text.startsWith('[')) {
      return Response.json({ errors: JSON.parse(text) }, { status: 400, headers: response.headers })
    }
    const status = text.startsWith('{"errors"') && !('data' in JSON.parse(text)) ? 400 : 200
    return new Response(text, { status, headers: response.headers })
  }
