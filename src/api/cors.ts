import type { Payload } from 'payload'

import { trustedOrigins } from '@/partners/partnerOrigins'

const exposed = 'ETag, Retry-After, Content-Language'
const publicHeaders = 'Content-Type, Accept-Language, If-None-Match'

/**
 * Any site may read the public API from a browser, without credentials. Sending credentials
 * (an API key or a session) from a browser is allowed only from this newsroom's own origin and
 * the origins an admin listed for a partner.
 */
export async function corsHeaders(request: Request, payload: Payload): Promise<Headers> {
  const headers = new Headers()
  const origin = request.headers.get('origin')
  if (!origin) return headers
  headers.set('Vary', 'Origin')
  headers.set('Access-Control-Expose-Headers', exposed)
  if ((await trustedOrigins(payload)).has(origin)) {
    headers.set('Access-Control-Allow-Origin', origin)
    headers.set('Access-Control-Allow-Credentials', 'true')
    headers.set('Access-Control-Allow-Headers', `${publicHeaders}, Authorization`)
    headers.set('Access-Control-Allow-Methods', 'GET, POST, PATCH, PUT, DELETE, OPTIONS')
  } else {
    headers.set('Access-Control-Allow-Origin', '*')
    headers.set('Access-Control-Allow-Headers', publicHeaders)
    headers.set('Access-Control-Allow-Methods', 'GET, POST, OPTIONS')
  }
  headers.set('Access-Control-Max-Age', '600')
  return headers
}

export const withHeaders = (response: Response, extra: Headers): Response => {
  if ([...extra.keys()].length === 0) return response
  const headers = new Headers(response.headers)
  extra.forEach((value, name) =>
    name === 'vary' && headers.has('vary')
      ? headers.set('vary', `${headers.get('vary')}, ${value}`)
      : headers.set(name, value),
  )
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  })
}
