import type { Endpoint, PayloadRequest } from 'payload'

import { document, escapeHtml } from '@/email/html'
import { languageFromHeader, translate, type MessageKey } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import { subscriberFromLink, type LinkOutcome } from '@/newsletter/subscriptions'
import type { Subscriber } from '@/payload-types'

// Our pages style themselves inline and post only to themselves.
const pageHeaders = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
}

const wantsJson = (request: Request) =>
  (request.headers.get('accept') ?? '').includes('application/json')

export const languageOf = (request: Request, fallback?: Locale): Locale =>
  fallback ?? languageFromHeader(request.headers.get('accept-language'))

/** An answer as a small HTML page for people, or JSON for programs that ask for it. */
export function answer(
  request: Request,
  locale: Locale,
  {
    status,
    title,
    message,
    form,
  }: { status: number; title: MessageKey; message: string; form?: string },
): Response {
  if (wantsJson(request)) return Response.json({ message }, { status })
  const body = `<p>${escapeHtml(message)}</p>${form ?? ''}`
  return new Response(document({ lang: locale, title: translate(locale, title), body }), {
    status,
    headers: pageHeaders,
  })
}

const outcomeStatus = { invalid: 400, expired: 410, used: 410 } as const
const outcomeMessage = {
  invalid: 'page.token.invalid',
  expired: 'page.token.expired',
  used: 'page.token.used',
} as const

/** A link that cannot be used: 400 forged or damaged, 410 expired or already used. */
export function refusedLink(
  request: Request,
  locale: Locale,
  outcome: Exclude<LinkOutcome, 'done'>,
  title: MessageKey,
): Response {
  return answer(request, locale, {
    status: outcomeStatus[outcome],
    title,
    message: translate(locale, outcomeMessage[outcome]),
  })
}

/** A one-button form posting back to the same address (with its token). */
export const postButton = (action: string, text: string) =>
  `<form method="post" action="${escapeHtml(action)}"><p style="margin:24px 0"><button type="submit" style="background:#0b4f8a;color:#ffffff;padding:12px 20px;border:0;border-radius:4px;font-size:16px;font-weight:bold;cursor:pointer">${escapeHtml(text)}</button></p></form>`

export const linkToken = (req: PayloadRequest) => new URL(req.url!).searchParams.get('token')

/**
 * An endpoint behind a subscriber's signed link (unsubscribe, manage): a forged or damaged
 * link is refused before `handle` runs.
 */
export const subscriberLinkEndpoint = (
  path: string,
  method: 'get' | 'post',
  purpose: 'unsubscribe' | 'manage',
  title: MessageKey,
  handle: (req: PayloadRequest, subscriber: Subscriber) => Promise<Response>,
): Endpoint => ({
  path,
  method,
  handler: async (req) => {
    const subscriber = await subscriberFromLink(req.payload, linkToken(req), purpose)
    if (typeof subscriber === 'string') return refusedLink(req as Request, 'en', subscriber, title)
    return handle(req, subscriber)
  },
})
