import type { Endpoint } from 'payload'

import { downloadResponse } from '@/endpoints/download'
import { translate } from '@/i18n'
import { eraseSubscriber } from '@/privacy/eraseSubscriber'
import { subscriberRecord } from '@/privacy/subscriberData'

import { answer, formAction, postButton, subscriberLinkEndpoint } from './pages'

/**
 * The subscriber's own data from the manage link's token (GDPR Art. 15 and 17): GET my-data
 * downloads it; GET erase shows a button only (mail scanners open links), POST erases.
 */
export const subscriberPrivacyEndpoints: Endpoint[] = [
  subscriberLinkEndpoint(
    '/newsletter/my-data',
    'get',
    'manage',
    'page.manage.title',
    async (req, subscriber) =>
      downloadResponse(await subscriberRecord(req, subscriber), 'my-newsletter-data.json'),
  ),
  subscriberLinkEndpoint(
    '/newsletter/erase',
    'get',
    'manage',
    'page.erase.title',
    async (req, { email, locale }) =>
      answer(req as Request, locale, {
        status: 200,
        title: 'page.erase.title',
        message: translate(locale, 'page.erase.question', { email }),
        form: postButton(formAction(req, 'erase'), translate(locale, 'page.erase.button')),
      }),
  ),
  subscriberLinkEndpoint(
    '/newsletter/erase',
    'post',
    'manage',
    'page.erase.title',
    async (req, subscriber) => {
      await eraseSubscriber(req.payload, subscriber.id, 'self')
      return answer(req as Request, subscriber.locale, {
        status: 200,
        title: 'page.erase.title',
        message: translate(subscriber.locale, 'page.erase.done'),
      })
    },
  ),
]
