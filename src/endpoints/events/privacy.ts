import type { Endpoint, PayloadRequest } from 'payload'

import { downloadResponse } from '@/endpoints/download'
import { answer, linkToken, postButton, refusedLink } from '@/endpoints/newsletter/pages'
import { registrationUrl } from '@/events/links'
import { registrationOfLink } from '@/events/seats'
import { languageFromHeader, translate } from '@/i18n'
import type { Registration } from '@/payload-types'
import { eraseRegistration } from '@/privacy/eraseRegistration'
import { registrationLinkErased } from '@/privacy/links'
import { registrationRecord } from '@/privacy/registrationData'

import { eventTitle } from './eventTitle'

const title = 'page.register.erase.title'

/**
 * An endpoint behind the registrant's link: a forged or replaced link is refused, one whose
 * registration was erased answers 410, all before `handle` runs.
 */
const registrantLinkEndpoint = (
  path: string,
  method: 'get' | 'post',
  handle: (req: PayloadRequest, registration: Registration) => Promise<Response>,
): Endpoint => ({
  path,
  method,
  handler: async (req) => {
    const found = await registrationOfLink(req.payload, linkToken(req))
    if (typeof found !== 'string') return handle(req, found)
    const locale = languageFromHeader(req.headers.get('accept-language'))
    const erased =
      found === 'invalid' && (await registrationLinkErased(req.payload, linkToken(req)))
    return refusedLink(req as Request, locale, erased ? 'erased' : found, title)
  },
})

/**
 * The registrant's own data from the link of their emails (GDPR Art. 15 and 17): GET my-data
 * downloads it; GET erase shows a button only, POST erases (a seat goes to the next in line).
 */
export const registrantPrivacyEndpoints: Endpoint[] = [
  registrantLinkEndpoint('/event-registration/my-data', 'get', async (req, registration) =>
    downloadResponse(await registrationRecord(req, registration), 'my-registration-data.json'),
  ),
  registrantLinkEndpoint('/event-registration/erase', 'get', async (req, registration) => {
    const { locale } = registration
    const event = await eventTitle(req, registration)
    return answer(req as Request, locale, {
      status: 200,
      title,
      message: translate(locale, 'page.register.erase.question', { event }),
      form: postButton(
        registrationUrl('erase', linkToken(req) ?? ''),
        translate(locale, 'page.erase.button'),
      ),
    })
  }),
  registrantLinkEndpoint('/event-registration/erase', 'post', async (req, registration) => {
    await eraseRegistration(req.payload, registration, 'self')
    return answer(req as Request, registration.locale, {
      status: 200,
      title,
      message: translate(registration.locale, 'page.erase.done'),
    })
  }),
]
