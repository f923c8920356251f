import type { Endpoint } from 'payload'

import { translate } from '@/i18n'
import { checkConfirmation, confirmSubscription } from '@/newsletter/subscriptions'

import {
  answer,
  formAction,
  languageOf,
  linkToken,
  postButton,
  refusedSubscriberLink,
} from './pages'

/**
 * GET shows a button and changes nothing, because mail scanners open links; POST confirms.
 * Forged links are 400, expired or used ones 410.
 */
export const confirmEndpoints: Endpoint[] = [
  {
    path: '/newsletter/confirm',
    method: 'get',
    handler: async (req) => {
      const locale = await languageOf(req, 'confirm')
      const outcome = await checkConfirmation(req.payload, linkToken(req))
      if (outcome !== 'done')
        return refusedSubscriberLink(req, 'confirm', outcome, 'page.confirm.title')
      return answer(req as Request, locale, {
        status: 200,
        title: 'page.confirm.title',
        message: translate(locale, 'email.confirm.intro'),
        form: postButton(formAction(req, 'confirm'), translate(locale, 'page.confirm.button')),
      })
    },
  },
  {
    path: '/newsletter/confirm',
    method: 'post',
    handler: async (req) => {
      const locale = await languageOf(req, 'confirm')
      const outcome = await confirmSubscription(req.payload, linkToken(req))
      if (outcome !== 'done')
        return refusedSubscriberLink(req, 'confirm', outcome, 'page.confirm.title')
      return answer(req as Request, locale, {
        status: 200,
        title: 'page.confirm.title',
        message: translate(locale, 'page.confirm.done'),
      })
    },
  },
]
