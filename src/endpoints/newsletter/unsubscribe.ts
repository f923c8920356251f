import type { Endpoint } from 'payload'

import { translate } from '@/i18n'
import { unsubscribe } from '@/newsletter/subscriptions'

import { answer, formAction, postButton, subscriberLinkEndpoint } from './pages'

/**
 * The List-Unsubscribe address (RFC 8058): POST unsubscribes at once, whatever the body; GET
 * (a mail client prefetching) changes nothing and shows a button.
 */
export const unsubscribeEndpoints: Endpoint[] = [
  subscriberLinkEndpoint(
    '/newsletter/unsubscribe',
    'get',
    'unsubscribe',
    'page.unsubscribe.title',
    async (req, { email, locale }) =>
      answer(req as Request, locale, {
        status: 200,
        title: 'page.unsubscribe.title',
        message: translate(locale, 'page.unsubscribe.question', { email }),
        form: postButton(
          formAction(req, 'unsubscribe'),
          translate(locale, 'page.unsubscribe.button'),
        ),
      }),
  ),
  subscriberLinkEndpoint(
    '/newsletter/unsubscribe',
    'post',
    'unsubscribe',
    'page.unsubscribe.title',
    async (req, subscriber) => {
      await unsubscribe(req.payload, subscriber)
      return answer(req as Request, subscriber.locale, {
        status: 200,
        title: 'page.unsubscribe.title',
        message: translate(subscriber.locale, 'page.unsubscribe.done'),
      })
    },
  ),
]
