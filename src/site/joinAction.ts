'use server'

import { headers } from 'next/headers'
import { getPayload } from 'payload'

import { translate } from '@/i18n'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { honeypotField } from '@/join/joinInput'
import { submitJoinRequest, type JoinOutcome } from '@/join/submitJoinRequest'
import { clientAddress } from '@/platform/rateLimit'
import config from '@payload-config'

import { t } from './i18n'
import { bodyOf, formErrorsOf } from './joinCheck'
import type { JoinState, JoinValues } from './joinState'

const asText = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '')

/** The form's values as sent, to fill in again after an error. */
function valuesOf(form: FormData): JoinValues {
  const field = (name: string) => asText(form.get(name))
  return {
    company: field('company'),
    businessId: field('businessId'),
    municipality: field('municipality'),
    industry: field('industry'),
    clusters: form.getAll('clusters').map(asText),
    helpChoosing: form.get('helpChoosing') === 'yes',
    need: field('need'),
    contactName: field('contactName'),
    email: field('email'),
    phone: field('phone'),
    consent: form.get('consent') === 'yes',
    news: /^[1-9]\d{0,9}$/.test(field('news')) ? field('news') : '',
  }
}

/**
 * The join form's action (bound to the page's language): submitJoinRequest, as POST /api/join
 * does, with every field's problem at once in the page's language. Works as a plain HTML form
 * post too, without JavaScript.
 */
export async function joinAction(
  pageLocale: Locale,
  _previous: JoinState,
  form: FormData,
): Promise<JoinState> {
  const locale = isLocale(pageLocale) ? pageLocale : defaultLocale
  const values = valuesOf(form)
  const fail = (message: string, errors?: JoinState['errors']): JoinState => ({
    status: 'error',
    message,
    errors,
    values,
  })
  const payload = await getPayload({ config })
  const body = { ...bodyOf(values, locale), [honeypotField]: asText(form.get(honeypotField)) }
  let outcome: JoinOutcome
  try {
    // The news item is only where the reader came from, in a hidden field: not theirs to fix.
    outcome = await submitJoinRequest(
      body,
      { payload, address: clientAddress(await headers()) },
      { unpublishedNews: 'leaveOut' },
    )
  } catch (error) {
    console.error('join form:', error)
    return fail(t(locale, 'join.error.failed'))
  }
  switch (outcome.kind) {
    case 'rateLimited':
      return fail(t(locale, 'join.error.rateLimited', { seconds: outcome.retryAfter }))
    case 'problems': {
      const errors = formErrorsOf(outcome.problems, locale)
      return Object.keys(errors).length
        ? fail(t(locale, 'join.errorSummary'), errors)
        : fail(t(locale, 'join.error.failed'))
    }
    // A bot gets the answer a person would.
    case 'honeypot':
    case 'accepted':
      return { status: 'done', message: translate(locale, 'api.join.accepted') }
  }
}
