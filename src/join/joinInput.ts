import { isLocale, type Locale } from '@/i18n/locales'
import { industryDivision } from '@/lapland/industries'
import { findMunicipality } from '@/lapland/municipalities'
import { emailPattern } from '@/newsletter/subscriptionInput'
import type { JoinRequest } from '@/payload-types'
import type { Problem } from '@/platform/problems'

import { checkBusinessId } from './businessId'

export type JoinInput = {
  company: string
  businessId: string
  municipality: JoinRequest['municipality']
  industry?: string
  clusters: string[]
  /** "Not sure, help me choose": the newsroom's editors answer, with or without clusters. */
  helpChoosing: boolean
  need?: string
  contact: { name: string; email: string; phone?: string }
  source: { news?: number; partnerSite?: string; locale: Locale }
}

/** The body's fields in the order they are checked: an answer with one problem names the first. */
export type JoinInputField =
  | 'company'
  | 'businessId'
  | 'municipality'
  | 'industry'
  | 'clusters'
  | 'need'
  | 'contact.name'
  | 'contact.email'
  | 'contact.phone'
  | 'consent'
  | 'source.locale'
  | 'source.news'
  | 'source.partnerSite'

/** What is wrong with one field of the body. */
export type JoinProblem = Problem & { field: JoinInputField }

/** The field a person never sees (hidden by the form's CSS) and a bot fills in. */
export const honeypotField = 'website'

type Parsed = { ok: true; value: JoinInput } | { ok: false; problems: JoinProblem[] }

const phonePattern = /^\+?[0-9][0-9 ()-]{4,19}$/

class Refusal extends Error {
  constructor(readonly problem: Problem) {
    super(problem.key)
  }
}
const refuse = (key: Problem['key'], values?: Problem['values']): never => {
  throw new Refusal({ key, values })
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}

/** A text field: trimmed; required or not; at most `max` characters; one line unless `lines`. */
function text(value: unknown, field: string, max: number, required: boolean, lines = false) {
  if (value === undefined || value === null || value === '') {
    return required ? refuse('api.join.missing', { field }) : undefined
  }
  if (typeof value !== 'string') return refuse('api.join.missing', { field })
  // These end up in mail headers (subject, Reply-To) and CSV rows: a line break is an attack.
  if (!lines && /[\r\n]/.test(value)) return refuse('api.lineBreaks', { field })
  const trimmed = value.trim()
  if (required && !trimmed) return refuse('api.join.missing', { field })
  if (trimmed.length > max) return refuse('api.join.tooLong', { field, max })
  return trimmed || undefined
}

const required = (value: unknown, field: string, max: number) => text(value, field, max, true)!

function businessIdOf(value: unknown): string {
  const businessId = required(value, 'businessId', 20)
  const check = checkBusinessId(businessId)
  if (check === 'format') refuse('api.join.businessIdFormat')
  if (check === 'checkDigit') refuse('api.join.businessIdCheck', { value: businessId })
  return businessId
}

function municipalityOf(value: unknown): JoinRequest['municipality'] {
  const name = required(value, 'municipality', 40)
  return (findMunicipality(name)?.code ??
    refuse('api.badMunicipality', { value: name })) as JoinRequest['municipality']
}

function industryOf(value: unknown): string | undefined {
  const industry = text(value, 'industry', 12, false)
  if (industry && !industryDivision(industry)) refuse('api.badIndustry', { value: industry })
  return industry
}

function clustersOf(value: unknown, helpChoosing: boolean): string[] {
  if (helpChoosing && (value === undefined || value === null)) return []
  if (
    !Array.isArray(value) ||
    (value.length === 0 && !helpChoosing) ||
    value.length > 10 ||
    !value.every((slug) => typeof slug === 'string' && /^[a-z0-9-]{1,80}$/.test(slug))
  ) {
    refuse('api.join.noClusters')
  }
  return [...new Set(value as string[])]
}

function emailOf(value: unknown): string {
  const email = required(value, 'contact.email', 254)
  if (!emailPattern.test(email)) refuse('api.badEmail')
  return email.toLowerCase()
}

function phoneOf(value: unknown): string | undefined {
  const phone = text(value, 'contact.phone', 30, false)
  if (phone && !phonePattern.test(phone)) refuse('api.join.badPhone', { value: phone })
  return phone
}

function localeOf(value: unknown): Locale {
  const locale = value ?? 'fi'
  return isLocale(locale) ? locale : refuse('api.badLanguage')
}

function newsOf(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined
  return Number.isInteger(value) && Number(value) > 0
    ? (value as number)
    : refuse('api.join.unknownNews', { value: String(value) })
}

/**
 * Checks a join request's body, every field of it: a form shows each field's problem at once,
 * so a person fixes them in one go instead of spending the rate limit on one error per round.
 * Every refusal names its reason.
 */
export function parseJoinRequest(input: unknown): Parsed {
  const body = record(input)
  const contact = record(body.contact)
  const source = record(body.source)
  const problems: JoinProblem[] = []
  const check = <T>(field: JoinInputField, read: () => T): T => {
    try {
      return read()
    } catch (error) {
      if (!(error instanceof Refusal)) throw error
      problems.push({ ...error.problem, field })
      // A value is only used when no field had a problem: this one never is.
      return undefined as T
    }
  }
  const company = check('company', () => required(body.company, 'company', 200))
  const businessId = check('businessId', () => businessIdOf(body.businessId))
  const municipality = check('municipality', () => municipalityOf(body.municipality))
  const industry = check('industry', () => industryOf(body.industry))
  const helpChoosing = body.helpChoosing === true
  const clusters = check('clusters', () => clustersOf(body.clusters, helpChoosing))
  const need = check('need', () => text(body.need, 'need', 2000, false, true))
  const name = check('contact.name', () => required(contact.name, 'contact.name', 120))
  const email = check('contact.email', () => emailOf(contact.email))
  const phone = check('contact.phone', () => phoneOf(contact.phone))
  check('consent', () => body.consent === true || refuse('api.consentRequired'))
  const locale = check('source.locale', () => localeOf(source.locale))
  const news = check('source.news', () => newsOf(source.news))
  const partnerSite = check('source.partnerSite', () =>
    text(source.partnerSite, 'source.partnerSite', 300, false),
  )
  if (problems.length) return { ok: false, problems }
  return {
    ok: true,
    value: {
      company,
      businessId,
      municipality,
      industry,
      clusters,
      helpChoosing,
      need,
      contact: { name, email, phone },
      source: { news, partnerSite, locale },
    },
  }
}
