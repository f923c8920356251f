import type { Endpoint, PayloadRequest } from 'payload'

import { document, escapeHtml } from '@/email/html'
import { pageResponse } from '@/email/page'
import { languageFromHeader, translate, type MessageKey } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import { apiUrl, type SubscriberPage } from '@/newsletter/links'
import { linkLanguage, subscriberFromLink, type LinkOutcome } from '@/newsletter/subscriptions'
import type { Subscriber } from '@/payload-types'
import { subscriberLinkErased } from '@/privacy/links'

const wantsJson = (request: Request) =>
  (request.headers.get('accept') ?? '').includes('application/json')

/**
 * The subscriber's own language, from the link's subscriber; the browser's only for a link
 * that names nobody (forged or damaged).
 */
export const languageOf = async (
  req: PayloadRequest,
  purpose: 'confirm' | 'unsubscribe' | 'manage',
): Promise<Locale> =>
  (await linkLanguage(req.payload, linkToken(req), purpose)) ??
  languageFromHeader(req.headers.get('accept-language'))

/**
 * Where a subscriber page's form posts: the same page at the app's public address (SERVER_URL),
 * not whatever address the request came in on.
 */
export const formAction = (req: PayloadRequest, page: SubscriberPage) =>
  apiUrl(page, linkToken(req) ?? '')

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
  return pageResponse(document({ lang: locale, title: translate(locale, title), body }), status)
}

const outcomeStatus = { invalid: 400, expired: 410, used: 410, erased: 410 } as const
const outcomeMessage = {
  invalid: 'page.token.invalid',
  expired: 'page.token.expired',
  used: 'page.token.used',
  erased: 'page.erase.gone',
} as const

/** A link that cannot be used: 400 forged or damaged, 410 expired, used or its person erased. */
export function refusedLink(
  request: Request,
  locale: Locale,
  outcome: Exclude<LinkOutcome, 'done'> | 'erased',
  title: MessageKey,
): Response {
  return answer(request, locale, {
    status: outcomeStatus[outcome],
    title,
    message: translate(locale, outcomeMessage[outcome]),
  })
}

/** The same for a subscriber's link, which says so (410) when it names someone since erased. */
export async function refusedSubscriberLink(
  req: PayloadRequest,
  purpose: 'confirm' | 'unsubscribe' | 'manage',
  outcome: Exclude<LinkOutcome, 'done'>,
  title: MessageKey,
): Promise<Response> {
  const erased =
    outcome === 'invalid' && (await subscriberLinkErased(req.payload, linkToken(req), purpose))
  const locale = await languageOf(req, purpose)
  return refusedLink(req as Request, locale, erased ? 'erased' : outcome, title)
}

/** A one-button form posting back to the same address (with its token). */
export const postButton = (action: string, text: string) =>
  `<form method="post" action="${escapeHtml(action)}"><p style="margin:24px 0"><button type="submit" style="background:#0b4f8a;color:#ffffff;padding:12px 20px;border:0;border-radius:4px;font-size:16px;font-weight:bold;cursor:pointer">${escapeHtml(text)}</button></p></form>`

export const linkToken = (req: PayloadRequest) => new URL(req.url!).searchParams.get('token')

/**
 * An endpoint behind a subscriber's signed link (unsubscribe, manage, their data): a forged or
 * damaged link, or one whose subscriber was erased, is refused before `handle` runs.
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
    if (typeof subscriber === 'string')
      return refusedSubscriberLink(req, purpose, subscriber, title)
    return handle(req, subscriber)
  },
})
