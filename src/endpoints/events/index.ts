import type { Endpoint, PayloadRequest } from 'payload'

import { answer, linkToken, postButton, refusedLink } from '@/endpoints/newsletter/pages'
import { registrationUrl } from '@/events/links'
import { cancelRegistration, confirmRegistration, registrationOfLink } from '@/events/seats'
import { languageFromHeader, translate, type MessageKey } from '@/i18n'
import type { Locale } from '@/i18n/locales'

import { eventTitle } from './eventTitle'
import { registrantPrivacyEndpoints } from './privacy'

type Page = 'confirm' | 'cancel'

const titles: Record<Page, MessageKey> = {
  confirm: 'page.register.confirm.title',
  cancel: 'page.register.cancel.title',
}

/** The page speaks the registrant's language; the browser's only for a link naming nobody. */
async function languageOf(req: PayloadRequest): Promise<Locale> {
  const found = await registrationOfLink(req.payload, linkToken(req))
  return typeof found === 'string'
    ? languageFromHeader(req.headers.get('accept-language'))
    : found.locale
}

/** GET shows a button and changes nothing, because mail scanners open links. */
const questionPage = (page: Page): Endpoint => ({
  path: `/event-registration/${page}`,
  method: 'get',
  handler: async (req) => {
    const found = await registrationOfLink(req.payload, linkToken(req))
    const locale = await languageOf(req)
    if (typeof found === 'string') return refusedLink(req as Request, locale, found, titles[page])
    const done = page === 'confirm' ? found.status !== 'pending' : found.status === 'cancelled'
    if (done) return refusedLink(req as Request, locale, 'used', titles[page])
    const event = await eventTitle(req, found)
    return answer(req as Request, locale, {
      status: 200,
      title: titles[page],
      message: translate(locale, `page.register.${page}.question`, { event }),
      // The app's public address (SERVER_URL), not whatever address the request came in on.
      form: postButton(
        registrationUrl(page, linkToken(req) ?? ''),
        translate(locale, `page.register.${page}.button`),
      ),
    })
  },
})

/** POST does it: confirms (a seat or the waiting list) or cancels. */
const actionPage = (page: Page): Endpoint => ({
  path: `/event-registration/${page}`,
  method: 'post',
  handler: async (req) => {
    const locale = await languageOf(req)
    const outcome =
      page === 'confirm'
        ? await confirmRegistration(req.payload, linkToken(req))
        : await cancelRegistration(req.payload, linkToken(req))
    if (outcome.kind === 'eventCancelled') {
      return answer(req as Request, locale, {
        status: 409,
        title: titles[page],
        message: translate(locale, 'api.register.cancelled'),
      })
    }
    if (!('registration' in outcome)) {
      return refusedLink(req as Request, locale, outcome.kind, titles[page])
    }
    const event = await eventTitle(req, outcome.registration)
    return answer(req as Request, locale, {
      status: 200,
      title: titles[page],
      message: translate(locale, `page.register.${outcome.kind}`, { event }),
    })
  },
})

/** The registrant's links, under /api/event-registration/. */
export const eventRegistrationEndpoints: Endpoint[] = [
  questionPage('confirm'),
  actionPage('confirm'),
  questionPage('cancel'),
  actionPage('cancel'),
  ...registrantPrivacyEndpoints,
]
