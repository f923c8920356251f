import type { Endpoint } from 'payload'

import { openApiDocument } from './document'

/** GET /api/openapi.json: the public API's OpenAPI 3.1 description. */
export const openApiEndpoint: Endpoint = {
  path: '/openapi.json',
  method: 'get',
  handler: () => Response.json(openApiDocument),
}
