import { translate, type MessageKey } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import { municipalityName } from '@/lapland/municipalities'
import type { JoinRequest } from '@/payload-types'
import { absoluteUrl } from '@/platform/urls'

import { button, document, escapeHtml } from './html'

type Message = { subject: string; html: string; text: string }

const paragraphs = (lines: string[]) => lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')

export const joinRequestAdminUrl = (id: number) =>
  absoluteUrl(`/admin/collections/joinRequests/${id}`)

/** To a cluster coordinator, in their language: who asks, for what, and where to answer it. */
export function coordinatorEmail(
  locale: Locale,
  request: JoinRequest,
  clusterNames: string[],
): Message {
  const t = (key: MessageKey, values?: Record<string, string>) => translate(locale, key, values)
  const company = request.company
  const subject = t('email.join.coordinator.subject', { company })
  const facts: [MessageKey, string | null | undefined][] = [
    ['join.businessId', request.businessId],
    ['join.municipality', municipalityName(request.municipality, locale)],
    ['join.industry', request.industry],
    ['join.need', request.need],
    [
      'join.contact',
      [request.contact.name, request.contact.email, request.contact.phone]
        .filter(Boolean)
        .join(', '),
    ],
    ['join.partnerSite', request.source?.partnerSite],
  ]
  const lines = facts.flatMap(([key, value]) => (value ? [`${t(key)}: ${value}`] : []))
  const intro = t('email.join.coordinator.intro', {
    company,
    municipality: municipalityName(request.municipality, locale),
    clusters: clusterNames.join(', '),
  })
  const language = t('email.join.coordinator.language', {
    language: t(`language.${request.source?.locale ?? 'fi'}`).toLocaleLowerCase(locale),
  })
  const link = joinRequestAdminUrl(request.id)
  const html = document({
    lang: locale,
    title: subject,
    body: [
      paragraphs([intro]),
      `<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`,
      paragraphs([language]),
      button(link, t('email.join.coordinator.open')),
      paragraphs([t('email.join.coordinator.status')]),
    ].join('\n'),
  })
  const text = [
    intro,
    '',
    ...lines,
    '',
    language,
    '',
    `${t('email.join.coordinator.open')}: ${link}`,
    '',
    t('email.join.coordinator.status'),
  ].join('\n')
  return { subject, html, text }
}

/** To the company, in the language it used: what was received and what happens next. */
export function companyEmail(
  locale: Locale,
  request: JoinRequest,
  clusterNames: string[],
): Message {
  const t = (key: MessageKey, values?: Record<string, string>) => translate(locale, key, values)
  const subject = t('email.join.company.subject')
  const lines = [
    t('email.join.company.intro', {
      name: request.contact.name,
      company: request.company,
      clusters: clusterNames.join(', '),
    }),
    t('email.join.company.next'),
    t('email.join.company.ignore'),
  ]
  return {
    subject,
    html: document({ lang: locale, title: subject, body: paragraphs(lines) }),
    text: lines.join('\n\n'),
  }
}
