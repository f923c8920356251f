import type { Locale } from '@/i18n/locales'
import type { JoinInputField, JoinProblem } from '@/join/joinInput'

import { t, type SiteMessageKey } from './i18n'
import { publicSiteSource, type JoinField, type JoinValues } from './joinState'

/** The body POST /api/join takes, as the form's values give it. */
type Body = {
  company: string
  businessId: string
  municipality: string
  industry: string
  clusters: string[]
  helpChoosing: boolean
  need: string
  contact: { name: string; email: string; phone: string }
  consent: boolean
  source: { news?: number; partnerSite: string; locale: Locale }
}

/** The body of POST /api/join from the form's values, its source being this site in `locale`. */
export const bodyOf = (values: JoinValues, locale: Locale): Body => ({
  company: values.company,
  businessId: values.businessId,
  municipality: values.municipality,
  industry: values.industry,
  clusters: values.clusters,
  helpChoosing: values.helpChoosing,
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

/** The form's field behind each field of the body; the others are not the reader's to correct. */
const formFields: Partial<Record<JoinInputField, JoinField>> = {
  company: 'company',
  businessId: 'businessId',
  municipality: 'municipality',
  industry: 'industry',
  clusters: 'clusters',
  need: 'need',
  'contact.name': 'contactName',
  'contact.email': 'email',
  'contact.phone': 'phone',
  consent: 'consent',
}

const missing: Partial<Record<JoinField, SiteMessageKey>> = {
  company: 'join.error.company',
  businessId: 'join.error.businessId.missing',
  municipality: 'join.error.municipality',
  contactName: 'join.error.contactName',
  email: 'join.error.email',
}

/** A problem of the form's `field` as a message for a person; none for one it cannot explain. */
function messageOf({ key, values = {} }: JoinProblem, field: JoinField, locale: Locale) {
  const message = (text: SiteMessageKey, extra = {}) => t(locale, text, extra)
  switch (key) {
    case 'api.join.missing':
      return message(missing[field] ?? 'join.error.missing')
    case 'api.join.tooLong':
      return message('join.error.tooLong', { max: values.max ?? '' })
    case 'api.lineBreaks':
      return message('join.error.lineBreaks')
    case 'api.join.businessIdFormat':
      return message('join.error.businessId.format')
    case 'api.join.businessIdCheck':
      return message('join.error.businessId.check', { value: values.value ?? '' })
    case 'api.badMunicipality':
      return message('join.error.municipality')
    case 'api.badIndustry':
      return message('join.error.industry')
    case 'api.join.noClusters':
    case 'api.unknownClusters':
      return message('join.error.clusters')
    case 'api.badEmail':
      return message('join.error.email')
    case 'api.join.badPhone':
      return message('join.error.phone')
    case 'api.consentRequired':
      return message('join.error.consent')
    default:
      return undefined
  }
}

/** Each field's problem as the form shows it, in the page's language. */
export function formErrorsOf(problems: JoinProblem[], locale: Locale) {
  const errors: Partial<Record<JoinField, string>> = {}
  for (const problem of problems) {
    const field = formFields[problem.field]
    const message = field && messageOf(problem, field, locale)
    if (field && message) errors[field] = message
  }
  return errors
}
