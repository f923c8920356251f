import { languageFromHeader, translate, type MessageKey } from '@/i18n'
import { clientErrorResponse } from '@/platform/problems'

/** The answer to a form the client may not send again yet, with the wait in Retry-After too. */
export function rateLimitedResponse(headers: Headers, retryAfter: number): Response {
  const response = clientErrorResponse(headers, 'api.rateLimited', { seconds: retryAfter }, 429)
  response.headers.set('Retry-After', String(retryAfter))
  return response
}

/** 202: the form was taken, with a message in the client's language. */
export const acceptedResponse = (headers: Headers, message: MessageKey): Response =>
  Response.json(
    { message: translate(languageFromHeader(headers.get('accept-language')), message) },
    { status: 202 },
  )
