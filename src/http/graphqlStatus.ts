type Handler = (request: Request) => Promise<Response>

/**
 * graphql-http answers a query that fails validation (unknown field, bad locale enum) with
 * 200 when the client accepts application/json. A result with `errors` and no `data` never
 * ran, so it is the client's error: 400, as the GraphQL-over-HTTP spec has it.
 */
export const graphqlStatus =
  (handler: Handler): Handler =>
  async (request) => {
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
