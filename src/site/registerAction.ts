'use server'

import { headers } from 'next/headers'
import { getPayload } from 'payload'

import { register, type RegisterOutcome } from '@/events/register'
import { translate } from '@/i18n'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { clientAddress } from '@/platform/rateLimit'
import config from '@payload-config'

import { t } from './i18n'
import type { RegisterField, RegisterState } from './registerState'

const asText = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '')

const fields: readonly string[] = ['name', 'email', 'organisation', 'locale', 'consent']

/**
 * The registration form's action (bound to the event and the page's language): register, as
 * POST /api/events/:id/register does, answered in the page's language. Works as a plain HTML
 * form post too, without JavaScript.
 */
export async function registerAction(
  eventId: number,
  pageLocale: Locale,
  _previous: RegisterState,
  form: FormData,
): Promise<RegisterState> {
  const locale = isLocale(pageLocale) ? pageLocale : defaultLocale
  const wanted = asText(form.get('locale'))
  const values = {
    name: asText(form.get('name')),
    email: asText(form.get('email')),
    organisation: asText(form.get('organisation')),
    locale: isLocale(wanted) ? wanted : ('' as const),
    consent: form.get('consent') === 'yes',
  }
  const fail = (field: RegisterField | undefined, message: string): RegisterState => ({
    status: 'error',
    field,
    message,
    values,
  })
  const payload = await getPayload({ config })
  let outcome: RegisterOutcome
  try {
    outcome = await register(
      String(eventId),
      { ...values, locale: wanted },
      { payload, address: clientAddress(await headers()) },
    )
  } catch (error) {
    console.error('registration form:', error)
    return fail(undefined, t(locale, 'events.register.failed'))
  }
  switch (outcome.kind) {
    case 'rateLimited':
      return fail(undefined, translate(locale, 'api.rateLimited', { seconds: outcome.retryAfter }))
    case 'problem': {
      const { key, values: placeholders } = outcome.problem
      const field = 'field' in outcome.problem ? outcome.problem.field : undefined
      const message = translate(locale, key, placeholders)
      return fail(field && fields.includes(field) ? (field as RegisterField) : undefined, message)
    }
    case 'accepted':
      return { status: 'done', message: translate(locale, 'api.register.accepted') }
  }
}
