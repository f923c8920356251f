import type { Endpoint, PayloadRequest } from 'payload'

import { translate } from '@/i18n'
import { subscriberFromLink, unsubscribe } from '@/newsletter/subscriptions'

import { answer, postButton, refusedLink } from './pages'

const token = (req: PayloadRequest) => new URL(req.url!).searchParams.get('token')

/**
 * The List-Unsubscribe address (RFC 8058): POST unsubscribes at once, whatever the body; GET
 * (a mail client prefetching) changes nothing and shows a button.
 */
export const unsubscribeEndpoints: Endpoint[] = [
  {
    path: '/newsletter/unsubscribe',
    method: 'get',
    handler: async (req) => {
      const subscriber = await subscriberFromLink(req.payload, token(req), 'unsubscribe')
      if (typeof subscriber === 'string') {
        return refusedLink(req as Request, 'en', subscriber, 'page.unsubscribe.title')
      }
      const locale = subscriber.locale
      return answer(req as Request, locale, {
        status: 200,
        title: 'page.unsubscribe.title',
        message: translate(locale, 'page.unsubscribe.question', { email: subscriber.email }),
        form: postButton(req.url!, translate(locale, 'page.unsubscribe.button')),
      })
    },
  },
  {
    path: '/newsletter/unsubscribe',
    method: 'post',
    handler: async (req) => {
      const subscriber = await subscriberFromLink(req.payload, token(req), 'unsubscribe')
      if (typeof subscriber === 'string') {
        return refusedLink(req as Request, 'en', subscriber, 'page.unsubscribe.title')
      }
      await unsubscribe(req.payload, subscriber)
      return answer(req as Request, subscriber.locale, {
        status: 200,
        title: 'page.unsubscribe.title',
        message: translate(subscriber.locale, 'page.unsubscribe.done'),
      })
    },
  },
]
