'use server'

import { headers } from 'next/headers'
import { getPayload } from 'payload'

import { translate } from '@/i18n'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { subscribe, type SubscribeOutcome } from '@/newsletter/subscribe'
import type { Problem } from '@/platform/problems'
import { clientAddress } from '@/platform/rateLimit'
import { sitePaths } from '@/platform/sitePaths'
import { absoluteUrl } from '@/platform/urls'
import config from '@payload-config'

import { t, type SiteMessageKey } from './i18n'
import type { SubscribeState } from './subscribeState'

const problemMessages: Partial<Record<Problem['key'], SiteMessageKey>> = {
  'api.badEmail': 'newsletter.error.email',
  'api.badLanguage': 'newsletter.error.language',
  'api.unknownClusters': 'newsletter.error.clusters',
  'api.consentRequired': 'newsletter.error.consent',
  'api.lineBreaks': 'newsletter.error.lineBreaks',
}

const asText = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '')

/**
 * The subscribe form's action (bound to the page's language): subscribe, as POST
 * /api/newsletter/subscribe does, answered as a message in the page's language. Works as a
 * plain HTML form post too, without JavaScript.
 */
export async function subscribeAction(
  pageLocale: Locale,
  _previous: SubscribeState,
  form: FormData,
): Promise<SubscribeState> {
  const locale = isLocale(pageLocale) ? pageLocale : defaultLocale
  const wanted = asText(form.get('locale'))
  const values = {
    email: asText(form.get('email')),
    locale: isLocale(wanted) ? wanted : ('' as const),
    clusters: form.getAll('clusters').map(asText),
    consent: form.get('consent') === 'yes',
  }
  const fail = (field: SubscribeState['field'], message: string): SubscribeState => ({
    status: 'error',
    field,
    message,
    values,
  })
  const payload = await getPayload({ config })
  const body = { ...values, locale: wanted, source: absoluteUrl(sitePaths.newsletter(locale)) }
  let outcome: SubscribeOutcome
  try {
    outcome = await subscribe(body, { payload, address: clientAddress(await headers()) })
  } catch (error) {
    console.error('subscribe form:', error)
    return fail(undefined, t(locale, 'newsletter.error.failed'))
  }
  switch (outcome.kind) {
    case 'rateLimited':
      return fail(
        undefined,
        t(locale, 'newsletter.error.rateLimited', { seconds: outcome.retryAfter }),
      )
    case 'problem': {
      const { key, field } = outcome.problem
      const message = problemMessages[key]
      if (!message) return fail(undefined, t(locale, 'newsletter.error.failed'))
      // The source address is this page's own: no field of the form to point at.
      return fail(field === 'source' ? undefined : field, t(locale, message))
    }
    case 'accepted':
      return { status: 'done', message: translate(locale, 'api.subscribe.accepted') }
  }
}
