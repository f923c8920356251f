import type { Problem } from '@/http/checkQuery'
import { isLocale, type Locale } from '@/i18n/locales'
import { industryDivision } from '@/lapland/industries'
import type { JoinRequest } from '@/payload-types'
import { findMunicipality } from '@/lapland/municipalities'
import { emailPattern } from '@/newsletter/subscriptionInput'

import { checkBusinessId } from './businessId'

export type JoinInput = {
  company: string
  businessId: string
  municipality: JoinRequest['municipality']
  industry?: string
  clusters: string[]
  need?: string
  contact: { name: string; email: string; phone?: string }
  source: { news?: number; partnerSite?: string; locale: Locale }
}

type Parsed = { ok: true; value: JoinInput } | { ok: false; problem: Problem }

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

/** Checks a join request's body; every refusal names its reason. */
export function parseJoinRequest(body: unknown): Parsed {
  try {
    return { ok: true, value: parse(record(body)) }
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.problem }
    throw error
  }
}

function parse(body: Record<string, unknown>): JoinInput {
  const contact = record(body.contact)
  const source = record(body.source)
  const company = text(body.company, 'company', 200, true)!
  const businessId = text(body.businessId, 'businessId', 20, true)!
  const businessIdCheck = checkBusinessId(businessId)
  if (businessIdCheck === 'format') refuse('api.join.businessIdFormat')
  if (businessIdCheck === 'checkDigit') refuse('api.join.businessIdCheck', { value: businessId })

  const municipalityText = text(body.municipality, 'municipality', 40, true)!
  const municipality = findMunicipality(municipalityText)?.code
  if (!municipality) refuse('api.badMunicipality', { value: municipalityText })
  const industry = text(body.industry, 'industry', 12, false)
  if (industry && !industryDivision(industry)) refuse('api.badIndustry', { value: industry })

  const clusters = body.clusters
  if (
    !Array.isArray(clusters) ||
    clusters.length === 0 ||
    clusters.length > 10 ||
    !clusters.every((slug) => typeof slug === 'string' && /^[a-z0-9-]{1,80}$/.test(slug))
  ) {
    refuse('api.join.noClusters')
  }
  const need = text(body.need, 'need', 2000, false, true)

  const name = text(contact.name, 'contact.name', 120, true)!
  const email = text(contact.email, 'contact.email', 254, true)!
  if (!emailPattern.test(email)) refuse('api.badEmail')
  const phone = text(contact.phone, 'contact.phone', 30, false)
  if (phone && !phonePattern.test(phone)) refuse('api.join.badPhone', { value: phone })
  if (body.consent !== true) refuse('api.consentRequired')

  const locale = source.locale ?? 'fi'
  if (!isLocale(locale)) refuse('api.badLanguage')
  const news = source.news
  if (news !== undefined && news !== null && !(Number.isInteger(news) && Number(news) > 0)) {
    refuse('api.join.unknownNews', { value: String(news) })
  }
  return {
    company,
    businessId,
    municipality: municipality as JoinRequest['municipality'],
    industry,
    clusters: [...new Set(clusters as string[])],
    need,
    contact: { name, email: email.toLowerCase(), phone },
    source: {
      news: (news as number | undefined) ?? undefined,
      partnerSite: text(source.partnerSite, 'source.partnerSite', 300, false),
      locale: locale as Locale,
    },
  }
}
