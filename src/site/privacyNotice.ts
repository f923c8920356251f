import type { Locale } from '@/i18n/locales'
import { settings } from '@/platform/settings'
import { sitePaths, type PrivacyNoticeKind } from '@/platform/sitePaths'
import type { RetentionPeriods } from '@/privacy/retentionRules'

import { t, type SiteMessageKey } from './i18n'

export type Fact = { label: string; text: string; href?: string }
export type NoticeSection = {
  id: string
  heading: string
  paragraphs: string[]
  /** Shown after the paragraphs, as a list introduced by `listIntro` when there is one. */
  items?: string[]
  listIntro?: string
  facts?: Fact[]
}
export type PrivacyNotice = { title: string; lead: string; sections: NoticeSection[] }

/** When the notices were written and last reviewed; change it with each review. */
export const noticeDate = '2026-12-02'

/** The Data Protection Ombudsman's site has a page per language. */
const ombudsman: Record<Locale, string> = {
  fi: 'https://tietosuoja.fi',
  sv: 'https://tietosuoja.fi/sv',
  en: 'https://tietosuoja.fi/en',
}

const dataItems: Record<PrivacyNoticeKind, SiteMessageKey[]> = {
  subscribers: [
    'privacy.subscribers.data.address',
    'privacy.subscribers.data.consent',
    'privacy.subscribers.data.deliveries',
  ],
  companies: [
    'privacy.companies.data.company',
    'privacy.companies.data.contact',
    'privacy.companies.data.handling',
    'privacy.companies.data.consent',
  ],
  registrants: [
    'privacy.registrants.data.person',
    'privacy.registrants.data.status',
    'privacy.registrants.data.consent',
  ],
}

/** Consent can be withdrawn; processing for a public task can be objected to. */
const rightItems = (kind: PrivacyNoticeKind): SiteMessageKey[] => [
  'privacy.rights.access',
  'privacy.rights.rectification',
  'privacy.rights.erasure',
  'privacy.rights.restriction',
  kind === 'companies' ? 'privacy.rights.objection' : 'privacy.rights.withdraw',
]

/** From the settings: the council's postal address is the one its emails carry. */
export type NoticeContext = {
  retention: RetentionPeriods
  contactEmail: string
  postalAddress: string
}

/** Read at each call, so a changed retention setting shows on the next page view. */
export const noticeContext = (): NoticeContext => ({
  retention: settings.privacy.retention,
  contactEmail: settings.privacy.contactEmail,
  postalAddress: settings.smtp.postalAddress,
})

function retentionParagraphs(
  locale: Locale,
  kind: PrivacyNoticeKind,
  { retention }: NoticeContext,
) {
  const text = (key: SiteMessageKey, values: Record<string, number>) => t(locale, key, values)
  const own = {
    subscribers: [
      text('privacy.subscribers.retention.unconfirmed', {
        days: retention.unconfirmedSubscriptionDays,
      }),
      text('privacy.subscribers.retention.unsubscribed', { days: retention.unsubscribedDays }),
      text('privacy.subscribers.retention.deliveries', { months: retention.deliveryMonths }),
    ],
    companies: [text('privacy.companies.retention', { months: retention.joinRequestMonths })],
    registrants: [text('privacy.registrants.retention', { days: retention.registrantDays })],
  }[kind]
  return [...own, text('privacy.retention.accessLog', { days: retention.accessLogDays })]
}

/**
 * A privacy notice (GDPR Art. 13) of one kind of person, in one language: who the controller
 * is, why and on what basis, what data, who sees it, how long it is kept (from the settings the
 * retention job follows), the person's rights, how to use them and where to complain.
 */
export function privacyNotice(locale: Locale, kind: PrivacyNoticeKind, context: NoticeContext) {
  const text = (key: SiteMessageKey) => t(locale, key)
  const email = context.contactEmail
  const mail = { label: text('privacy.controller.email'), text: email, href: `mailto:${email}` }
  const sections: NoticeSection[] = [
    {
      id: 'controller',
      heading: text('privacy.controller.heading'),
      paragraphs: [text('privacy.controller.name')],
      facts: [{ label: text('privacy.controller.address'), text: context.postalAddress }, mail],
    },
    {
      id: 'purpose',
      heading: text('privacy.purpose.heading'),
      paragraphs: [
        text(`privacy.${kind}.purpose`),
        text(`privacy.${kind}.basis`),
        text('privacy.automated'),
      ],
    },
    {
      id: 'data',
      heading: text('privacy.data.heading'),
      paragraphs: [text('privacy.source')],
      items: dataItems[kind].map(text),
    },
    {
      id: 'recipients',
      heading: text('privacy.recipients.heading'),
      paragraphs: [
        text('privacy.recipients.staff'),
        ...(kind === 'subscribers' ? [] : [text(`privacy.${kind}.recipients`)]),
        text('privacy.recipients.email'),
      ],
    },
    {
      id: 'retention',
      heading: text('privacy.retention.heading'),
      paragraphs: retentionParagraphs(locale, kind, context),
    },
    {
      id: 'rights',
      heading: text('privacy.rights.heading'),
      paragraphs: [],
      listIntro: text('privacy.rights.intro'),
      items: rightItems(kind).map(text),
    },
    {
      id: 'how',
      heading: text('privacy.how.heading'),
      paragraphs: [text(`privacy.${kind}.how`), text('privacy.how.contact')],
      facts: [mail],
    },
    {
      id: 'complaint',
      heading: text('privacy.complaint.heading'),
      paragraphs: [text('privacy.complaint.text'), text('privacy.complaint.name')],
      facts: [
        {
          label: text('privacy.complaint.website'),
          text: ombudsman[locale].replace('https://', ''),
          href: ombudsman[locale],
        },
      ],
    },
  ]
  return {
    title: t(locale, 'privacy.noticeTitle', { kind: text(`privacy.kind.${kind}`) }),
    lead: text(`privacy.${kind}.lead`),
    sections,
  } satisfies PrivacyNotice
}

/** The link a form puts under its consent, to the notice of those who fill it in. */
export const privacyNoticeLink = (locale: Locale, kind: PrivacyNoticeKind) => ({
  href: sitePaths.privacy(locale, kind),
  text: t(locale, `privacy.formLink.${kind}`),
})
