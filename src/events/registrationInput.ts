import { isLocale, type Locale } from '@/i18n/locales'
import { emailPattern } from '@/newsletter/subscriptionInput'
import type { Problem } from '@/platform/problems'

export type RegistrationInput = {
  name: string
  email: string
  organisation?: string
  locale: Locale
  answers?: Record<string, string>
}

export type RegistrationField = 'name' | 'email' | 'organisation' | 'locale' | 'consent' | 'answers'
export type RegistrationProblem = Problem & { field: RegistrationField }

type Parsed = { ok: true; value: RegistrationInput } | { ok: false; problem: RegistrationProblem }

const fail = (field: RegistrationField, problem: Problem): Parsed => ({
  ok: false,
  problem: { ...problem, field },
})

const hasLineBreak = (value: unknown) => typeof value === 'string' && /[\r\n]/.test(value)

function parseAnswers(value: unknown): Record<string, string> | undefined | false {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'object' || Array.isArray(value)) return false
  const entries = Object.entries(value)
  const fits = entries.every(
    ([key, text]) => key.length <= 100 && typeof text === 'string' && text.length <= 1000,
  )
  return entries.length <= 20 && fits
    ? (Object.fromEntries(entries) as Record<string, string>)
    : false
}

/** Checks a registration's body; every refusal names its reason. */
export function parseRegistration(body: unknown): Parsed {
  if (typeof body !== 'object' || body === null)
    return fail('name', { key: 'api.register.badName' })
  const { name, email, organisation, locale, consent, answers } = body as Record<string, unknown>
  for (const [field, value] of Object.entries({ name, email, organisation })) {
    if (hasLineBreak(value)) {
      return fail(field as RegistrationField, { key: 'api.lineBreaks', values: { field } })
    }
  }
  if (typeof name !== 'string' || !name.trim() || name.length > 200) {
    return fail('name', { key: 'api.register.badName' })
  }
  if (typeof email !== 'string' || email.length > 254 || !emailPattern.test(email.trim())) {
    return fail('email', { key: 'api.badEmail' })
  }
  const absent = organisation === undefined || organisation === null
  if (!absent && (typeof organisation !== 'string' || organisation.length > 200)) {
    return fail('organisation', { key: 'api.register.badOrganisation' })
  }
  const givenOrganisation = typeof organisation === 'string' ? organisation.trim() : ''
  if (!isLocale(locale)) return fail('locale', { key: 'api.badLanguage' })
  if (consent !== true) return fail('consent', { key: 'api.consentRequired' })
  const parsedAnswers = parseAnswers(answers)
  if (parsedAnswers === false) return fail('answers', { key: 'api.register.badAnswers' })
  return {
    ok: true,
    value: {
      name: name.trim(),
      email: email.trim().toLowerCase(),
      ...(givenOrganisation && { organisation: givenOrganisation }),
      locale,
      ...(parsedAnswers && { answers: parsedAnswers }),
    },
  }
}
