import type { Problem } from '@/platform/problems'

import { checkQuery } from './checkQuery'

/**
 * Payload answers a POST carrying either header with the value GET as that GET (its
 * handleEndpoints); the admin UI sends its long relationship queries this way.
 */
const overridesToGet = (headers: Headers) =>
  headers.get('x-payload-http-method-override') === 'GET' ||
  headers.get('x-http-method-override') === 'GET'

/**
 * The address Payload builds for such a POST, as Payload 3.90 builds it: a form body becomes
 * the query (appended after a second `?` when the address has one); of a JSON body, `locale` is
 * appended, and when `fallbackLocale` is set, `fallbackLocale=` with the value of `depth`.
 */
function overriddenUrl(request: Request, text: string): string | Problem {
  const contentType = request.headers.get('content-type')
  if (contentType === 'application/x-www-form-urlencoded') return `${request.url}?${text}`
  if (contentType !== 'application/json') return request.url
  let data: { locale?: unknown; fallbackLocale?: unknown; depth?: unknown } | null
  try {
    data = JSON.parse(text) as typeof data
  } catch {
    // Payload would throw outside its error handling: a 500.
    return { key: 'api.malformedJson' }
  }
  let url = request.url
  if (data?.locale) url += `?locale=${String(data.locale)}`
  if (data?.fallbackLocale) url += `&fallbackLocale=${String(data.depth)}`
  return url
}

/**
 * The query checks of a GET, applied to the query Payload reads from an overridden POST's body.
 * Nothing for other requests: their address was checked already.
 */
export function checkOverriddenQuery(request: Request, body?: Uint8Array): Problem | undefined {
  if (request.method !== 'POST' || !overridesToGet(request.headers)) return undefined
  const url = overriddenUrl(request, new TextDecoder().decode(body))
  return typeof url === 'string' ? checkQuery(new URL(url).searchParams) : url
}
