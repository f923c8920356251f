'use server'

import config from '@payload-config'
import { headers } from 'next/headers'
import { createLocalReq, getPayload } from 'payload'

import { appPool } from '@/database/pool'
import { honeypotField, publishedNews } from '@/endpoints/join'
import { joinPerClient, joinPerEmail } from '@/http/formLimits'
import { clientAddress } from '@/http/rateLimit'
import { translate } from '@/i18n'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { createJoinRequest } from '@/join/createJoinRequest'
import { clusterIds } from '@/newsletter/subscriptions'

import { t } from './i18n'
import { checkJoinForm } from './joinCheck'
import type { JoinState, JoinValues } from './joinState'

/**
 * The join form's action (bound to the page's language): the checks, rate limits and storing
 * of POST /api/join, with the errors by field in the page's language. Works as a plain HTML
 * form post too, without JavaScript.
 */
export async function joinAction(
  pageLocale: Locale,
  _previous: JoinState,
  form: FormData,
): Promise<JoinState> {
  const locale = isLocale(pageLocale) ? pageLocale : defaultLocale
  const asText = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '')
  const field = (name: string) => asText(form.get(name))
  const values: JoinValues = {
    company: field('company'),
    businessId: field('businessId'),
    municipality: field('municipality'),
    industry: field('industry'),
    clusters: form.getAll('clusters').map(asText),
    need: field('need'),
    contactName: field('contactName'),
    email: field('email'),
    phone: field('phone'),
    consent: form.get('consent') === 'yes',
    news: /^[1-9]\d{0,9}$/.test(field('news')) ? field('news') : '',
  }
  const fail = (message: string, errors?: JoinState['errors']): JoinState => ({
    status: 'error',
    message,
    errors,
    values,
  })
  const accepted: JoinState = { status: 'done', message: translate(locale, 'api.join.accepted') }

  const payload = await getPayload({ config })
  const limited = await joinPerClient(appPool(payload), clientAddress(await headers()))
  if (!limited.ok) {
    return fail(t(locale, 'join.error.rateLimited', { seconds: limited.retryAfter }))
  }
  // A bot gets the answer a person would, and nothing is stored or sent.
  if (field(honeypotField) !== '') return accepted

  const checked = checkJoinForm(values, locale)
  if (!checked.ok) {
    return Object.keys(checked.errors).length
      ? fail(t(locale, 'join.errorSummary'), checked.errors)
      : fail(t(locale, 'join.error.failed'))
  }
  const input = checked.input
  const byEmail = await joinPerEmail(appPool(payload), input.contact.email)
  if (!byEmail.ok) return fail(t(locale, 'join.error.rateLimited', { seconds: byEmail.retryAfter }))
  try {
    const clusters = await clusterIds(payload, input.clusters)
    if ('unknown' in clusters) {
      return fail(t(locale, 'join.errorSummary'), { clusters: t(locale, 'join.error.clusters') })
    }
    const req = await createLocalReq({}, payload)
    const news = (await publishedNews(req, input.source.news)) ? input.source.news : undefined
    await createJoinRequest(req, { ...input, source: { ...input.source, news } }, clusters, news)
  } catch (error) {
    console.error('join form:', error)
    return fail(t(locale, 'join.error.failed'))
  }
  return accepted
}
