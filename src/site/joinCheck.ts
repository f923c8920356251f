import type { Problem } from '@/http/checkQuery'
import type { Locale } from '@/i18n/locales'
import { parseJoinRequest, type JoinInput } from '@/join/joinInput'

import { t, type SiteMessageKey } from './i18n'
import { joinFields, publicSiteSource, type JoinField, type JoinValues } from './joinState'

/** The body POST /api/join takes, as the form's values give it. */
export type Body = {
  company: string
  businessId: string
  municipality: string
  industry: string
  clusters: string[]
  need: string
  contact: { name: string; email: string; phone: string }
  consent: boolean
  source: { news?: number; partnerSite: string; locale: Locale }
}

/** The form's field behind the parser's `field` (api.join.missing, tooLong, lineBreaks). */
const parserFields: Record<string, JoinField> = {
  company: 'company',
  businessId: 'businessId',
  municipality: 'municipality',
  industry: 'industry',
  need: 'need',
  'contact.name': 'contactName',
  'contact.email': 'email',
  'contact.phone': 'phone',
}

const missing: Partial<Record<JoinField, SiteMessageKey>> = {
  company: 'join.error.company',
  businessId: 'join.error.businessId.missing',
  municipality: 'join.error.municipality',
  contactName: 'join.error.contactName',
  email: 'join.error.email',
}

type Finding = { field: JoinField | 'news'; message: string } | undefined

/** A refusal of parseJoinRequest as the field it is about and a message for a person. */
function findingOf({ key, values = {} }: Problem, locale: Locale): Finding {
  const named = parserFields[String(values.field)]
  const about = (field: JoinField, message: SiteMessageKey, extra = {}) => ({
    field,
    message: t(locale, message, extra),
  })
  switch (key) {
    case 'api.join.missing':
      return named && about(named, missing[named] ?? 'join.error.missing')
    case 'api.join.tooLong':
      return named && about(named, 'join.error.tooLong', { max: values.max ?? '' })
    case 'api.lineBreaks':
      return named && about(named, 'join.error.lineBreaks')
    case 'api.join.businessIdFormat':
      return about('businessId', 'join.error.businessId.format')
    case 'api.join.businessIdCheck':
      return about('businessId', 'join.error.businessId.check', { value: values.value ?? '' })
    case 'api.badMunicipality':
      return about('municipality', 'join.error.municipality')
    case 'api.badIndustry':
      return about('industry', 'join.error.industry')
    case 'api.join.noClusters':
    case 'api.unknownClusters':
      return about('clusters', 'join.error.clusters')
    case 'api.badEmail':
      return about('email', 'join.error.email')
    case 'api.join.badPhone':
      return about('phone', 'join.error.phone')
    case 'api.consentRequired':
      return about('consent', 'join.error.consent')
    case 'api.join.unknownNews':
      return { field: 'news', message: '' }
    default:
      return undefined
  }
}

/**
 * A body with one field replaced by a value the parser accepts (or left out, where it is
 * optional), so that parsing again finds the next field's problem. Never stored: a body that
 * needed one is refused.
 */
function withStandIn(body: Body, field: JoinField | 'news'): Body {
  const next = { ...body, contact: { ...body.contact }, source: { ...body.source } }
  switch (field) {
    case 'company':
      next.company = 'Oy'
      break
    case 'contactName':
      next.contact.name = 'Nimi'
      break
    case 'businessId':
      next.businessId = '0000000-0'
      break
    case 'municipality':
      next.municipality = '698'
      break
    case 'clusters':
      next.clusters = ['cluster']
      break
    case 'email':
      next.contact.email = 'name@example.fi'
      break
    case 'phone':
      next.contact.phone = ''
      break
    case 'consent':
      next.consent = true
      break
    case 'news':
      delete next.source.news
      break
    default:
      next[field] = ''
  }
  return next
}

/** The body of POST /api/join from the form's values, its source being this site in `locale`. */
export const bodyOf = (values: JoinValues, locale: Locale): Body => ({
  company: values.company,
  businessId: values.businessId,
  municipality: values.municipality,
  industry: values.industry,
  clusters: values.clusters,
  // Browsers send a textarea's line breaks as CRLF; the limit counts characters as typed.
  need: values.need.replace(/\r\n?/g, '\n'),
  contact: { name: values.contactName, email: values.email, phone: values.phone },
  consent: values.consent,
  source: {
    news: values.news ? Number(values.news) : undefined,
    partnerSite: publicSiteSource,
    locale,
  },
})

export type JoinCheck =
  | { ok: true; input: JoinInput }
  /** `errors` by field; none when the problem is not one a field explains. */
  | { ok: false; errors: Partial<Record<JoinField, string>> }

/**
 * Every field's problem at once (parseJoinRequest stops at the first): a person fixes them in
 * one go instead of spending the rate limit on one error per round. `news` is only a record of
 * where the reader came from: a bad one is dropped, never shown.
 */
export function checkJoinForm(values: JoinValues, locale: Locale): JoinCheck {
  const errors: Partial<Record<JoinField, string>> = {}
  let current = bodyOf(values, locale)
  for (let round = 0; round <= joinFields.length + 1; round++) {
    const parsed = parseJoinRequest(current)
    if (parsed.ok) {
      return Object.keys(errors).length ? { ok: false, errors } : { ok: true, input: parsed.value }
    }
    const finding = findingOf(parsed.problem, locale)
    // A problem no field of the form explains (or one already seen): the form as a whole.
    if (!finding || (finding.field !== 'news' && errors[finding.field])) break
    if (finding.field !== 'news') errors[finding.field] = finding.message
    current = withStandIn(current, finding.field)
  }
  return { ok: false, errors }
}
