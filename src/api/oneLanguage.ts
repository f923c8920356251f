import { languageFromHeader } from '@/i18n'
import { isLocale, type Locale } from '@/i18n/locales'

/**
 * The one language of an API request's messages: the admin's chosen language (Payload's
 * `<prefix>-lng` cookie) when it is one of ours, else the first of ours in Accept-Language,
 * else English. Payload alone would answer a request without either in its fallback (Finnish,
 * for the admin) while our own checks answer in English.
 */
export function requestLanguage(headers: Headers, cookiePrefix: string): Locale {
  const cookie = cookiesOf(headers).get(`${cookiePrefix}-lng`)
  return isLocale(cookie) ? cookie : languageFromHeader(headers.get('accept-language'))
}

/**
 * The request as Payload and our handlers should see it: both ways they pick a language (the
 * cookie for Payload, Accept-Language for ours) name the same one.
 */
export function inOneLanguage(request: Request, cookiePrefix: string): Request {
  const language = requestLanguage(request.headers, cookiePrefix)
  const cookies = cookiesOf(request.headers)
  cookies.set(`${cookiePrefix}-lng`, language)
  const headers = new Headers(request.headers)
  headers.set('Accept-Language', language)
  headers.set('Cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '))
  return new Request(request, { headers })
}

function cookiesOf(headers: Headers): Map<string, string> {
  const cookies = new Map<string, string>()
  for (const part of (headers.get('cookie') ?? '').split(';')) {
    const at = part.indexOf('=')
    if (at > 0) cookies.set(part.slice(0, at).trim(), part.slice(at + 1).trim())
  }
  return cookies
}
