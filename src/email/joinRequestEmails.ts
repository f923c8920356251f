import { translate, type MessageKey } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import type { Responders } from '@/join/responders'
import { municipalityName } from '@/lapland/municipalities'
import type { JoinRequest } from '@/payload-types'
import { settings } from '@/platform/settings'
import { absoluteUrl } from '@/platform/urls'

import { button, escapeHtml } from './html'
import { messageDocument, messageTextFooter, type PrivacyLinks } from './message'

// The contact person has no link token: the notice says how to ask for their data.
const privacy: PrivacyLinks = { kind: 'companies' }

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
  const subject = translate(locale, 'email.join.coordinator.subject', { company: request.company })
  return staffEmail(locale, request, clusterNames, subject, [])
}

/**
 * To the fallback address (JOIN_FALLBACK_EMAIL or the editors), for the clusters no coordinator
 * answers and for a company that asked for help choosing: the same facts, and why it came to them.
 */
export function fallbackEmail(
  locale: Locale,
  request: JoinRequest,
  clusterNames: string[],
  unanswered: string[],
): Message {
  const t = (key: MessageKey, values?: Record<string, string>) => translate(locale, key, values)
  const company = { company: request.company }
  const subject = request.helpChoosing
    ? t('email.join.fallback.subjectHelp', company)
    : t('email.join.fallback.subject', company)
  const why = [
    ...(request.helpChoosing ? [t('email.join.fallback.helpChoosing')] : []),
    ...(unanswered.length
      ? [t('email.join.fallback.why', { clusters: unanswered.join(', ') })]
      : []),
  ]
  return staffEmail(locale, request, clusterNames, subject, why)
}

/** A message to the newsroom's people about a request: who asks, for what, where to answer. */
function staffEmail(
  locale: Locale,
  request: JoinRequest,
  clusterNames: string[],
  subject: string,
  before: string[],
): Message {
  const t = (key: MessageKey, values?: Record<string, string>) => translate(locale, key, values)
  const company = request.company
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
  const where = {
    company,
    municipality: municipalityName(request.municipality, locale),
    clusters: clusterNames.join(', '),
  }
  const intro = clusterNames.length
    ? t('email.join.coordinator.intro', where)
    : t('email.join.coordinator.introHelp', where)
  const language = t('email.join.coordinator.language', {
    language: t(`language.${request.source?.locale ?? 'fi'}`).toLocaleLowerCase(locale),
  })
  const link = joinRequestAdminUrl(request.id)
  const html = messageDocument({
    locale,
    title: subject,
    body: [
      paragraphs([...before, intro]),
      `<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`,
      paragraphs([language]),
      button(link, t('email.join.coordinator.open')),
      paragraphs([t('email.join.coordinator.status')]),
    ].join('\n'),
    privacy,
  })
  const text = [
    ...before.flatMap((line) => [line, '']),
    intro,
    '',
    ...lines,
    '',
    language,
    '',
    `${t('email.join.coordinator.open')}: ${link}`,
    '',
    t('email.join.coordinator.status'),
    '',
    messageTextFooter(locale, privacy),
  ].join('\n')
  return { subject, html, text }
}

/**
 * To the company, in the language it used: what was received, and who will answer, truthfully:
 * each coordinator by name, and the newsroom for clusters that have none.
 */
export function companyEmail(
  locale: Locale,
  request: JoinRequest,
  clusterNames: string[],
  { coordinators, unanswered }: Responders,
): Message {
  const t = (key: MessageKey, values?: Record<string, string>) => translate(locale, key, values)
  const subject = t('email.join.company.subject')
  const who = { name: request.contact.name, company: request.company }
  const lines = [
    clusterNames.length
      ? t('email.join.company.intro', { ...who, clusters: clusterNames.join(', ') })
      : t('email.join.company.introHelp', who),
    ...(request.helpChoosing ? [t('email.join.company.helpChoosing')] : []),
    ...coordinators.map((coordinator) =>
      t('email.join.company.coordinator', {
        person: coordinator.name,
        email: coordinator.email,
        clusters: coordinator.clusters.join(', '),
      }),
    ),
    ...(unanswered.length
      ? [t('email.join.company.newsroom', { clusters: unanswered.join(', ') })]
      : []),
    ...((unanswered.length || request.helpChoosing) && settings.joinFallbackEmail
      ? [t('email.join.company.newsroomAddress', { email: settings.joinFallbackEmail })]
      : []),
    t('email.join.company.ignore'),
  ]
  return {
    subject,
    html: messageDocument({ locale, title: subject, body: paragraphs(lines), privacy }),
    text: [...lines, messageTextFooter(locale, privacy)].join('\n\n'),
  }
}
