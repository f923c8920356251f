'use server'

import config from '@payload-config'
import { headers } from 'next/headers'
import { getPayload } from 'payload'

import { translate } from '@/i18n'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { appPool } from '@/database/pool'
import { subscribePerClient } from '@/http/formLimits'
import { clientAddress } from '@/http/rateLimit'
import type { Problem } from '@/http/checkQuery'
import { parseSubscription } from '@/newsletter/subscriptionInput'
import { clusterIds, subscribe } from '@/newsletter/subscriptions'

import { t, type SiteMessageKey } from './i18n'
import { absoluteUrl, sitePaths } from './paths'
import type { SubscribeField, SubscribeState } from './subscribeState'

const problemFields: Partial<Record<Problem['key'], [SubscribeField, SiteMessageKey]>> = {
  'api.badEmail': ['email', 'newsletter.error.email'],
  'api.badLanguage': ['locale', 'newsletter.error.language'],
  'api.unknownClusters': ['clusters', 'newsletter.error.clusters'],
  'api.consentRequired': ['consent', 'newsletter.error.consent'],
}

const lineBreakFields: Record<string, SubscribeField> = {
  email: 'email',
  locale: 'locale',
  clusters: 'clusters',
}

/**
 * The subscribe form's action (bound to the page's language): the same checks and the same
 * subscription as POST /api/newsletter/subscribe, answered as a message in the page's language.
 * Works as a plain HTML form post too, without JavaScript.
 */
export async function subscribeAction(
  pageLocale: Locale,
  _previous: SubscribeState,
  form: FormData,
): Promise<SubscribeState> {
  const locale = isLocale(pageLocale) ? pageLocale : defaultLocale
  const asText = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '')
  const wanted = asText(form.get('locale'))
  const values = {
    email: asText(form.get('email')),
    locale: isLocale(wanted) ? wanted : ('' as const),
    clusters: form.getAll('clusters').map(asText),
    consent: form.get('consent') === 'yes',
  }
  const fail = (field: SubscribeField | undefined, message: string): SubscribeState => ({
    status: 'error',
    field,
    message,
    values,
  })

  const payload = await getPayload({ config })
  const limited = await subscribePerClient(appPool(payload), clientAddress(await headers()))
  if (!limited.ok) {
    return fail(
      undefined,
      t(locale, 'newsletter.error.rateLimited', { seconds: limited.retryAfter }),
    )
  }
  const parsed = parseSubscription({
    email: values.email,
    locale: wanted,
    clusters: values.clusters,
    consent: values.consent,
    source: absoluteUrl(sitePaths.newsletter(locale)),
  })
  if (!parsed.ok) {
    const { key, values: details } = parsed.problem
    if (key === 'api.lineBreaks') {
      return fail(lineBreakFields[String(details?.field)], t(locale, 'newsletter.error.lineBreaks'))
    }
    const [field, message] = problemFields[key] ?? [undefined, 'newsletter.error.failed']
    return fail(field, t(locale, message))
  }
  try {
    const clusters = await clusterIds(payload, parsed.value.clusters)
    if ('unknown' in clusters) return fail('clusters', t(locale, 'newsletter.error.clusters'))
    await subscribe(payload, parsed.value, clusters)
  } catch (error) {
    console.error('subscribe form:', error)
    return fail(undefined, t(locale, 'newsletter.error.failed'))
  }
  return { status: 'done', message: translate(locale, 'api.subscribe.accepted') }
}
