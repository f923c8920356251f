import { eventTimeZone } from '@/events/calendar'
import { translate, type MessageKey } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import type { EventDeliveryKind } from '@collections/Deliveries'

import { escapeHtml, link } from './html'
import { messageDocument, messageTextFooter, type PrivacyLinks } from './message'
import { eventTime } from './registrationEmails'

/** What a message says about its event, in the registrant's language. */
export type EventFacts = {
  title: string
  startsAt: string
  endsAt: string
  url?: string
  /** The event's own calendar file ("add to calendar"). */
  calendarUrl?: string
  place?: string
  mapUrl?: string
  onlineUrl?: string
  recordingUrl?: string
  summary?: string
  materials: { label: string; url: string }[]
}

type Personal = {
  locale: Locale
  /** Until the event starts: the link to give up the seat. */
  cancelUrl?: string
  dataLinks: Omit<PrivacyLinks, 'kind'>
}

/** An editor's message: their words, as text. */
export type EditorMessage = { subject: string; body: string }

/** One part of a message, as HTML and as plain text. */
type Part = { html: string; text: string }

const paragraph = (line: string): Part => ({
  html: `<p>${escapeHtml(line).replace(/\r?\n/g, '<br>')}</p>`,
  text: line,
})
const linked = (title: string, href: string): Part => ({
  html: `<p>${link(href, title)}</p>`,
  text: `${title}: ${href}`,
})
const fact = (name: string, value: string): Part => ({
  html: `<p><strong>${escapeHtml(name)}:</strong> ${escapeHtml(value)}</p>`,
  text: `${name}: ${value}`,
})

const sameDay = (a: string, b: string) =>
  new Date(a).toLocaleDateString('en-GB', { timeZone: eventTimeZone }) ===
  new Date(b).toLocaleDateString('en-GB', { timeZone: eventTimeZone })

const dateLocales: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }

/** Start to end in Finnish time: the end's clock time alone when it is the same day. */
export const eventPeriod = (locale: Locale, startsAt: string, endsAt: string) => {
  const end = sameDay(startsAt, endsAt)
    ? new Date(endsAt).toLocaleTimeString(dateLocales[locale], {
        timeZone: eventTimeZone,
        timeStyle: 'short',
      })
    : eventTime(locale, endsAt)
  return `${eventTime(locale, startsAt)} – ${end} (${translate(locale, 'email.event.finnishTime')})`
}

/** When, where, the calendar file and the page: what a reminder and a message both carry. */
function whenAndWhere(locale: Locale, event: EventFacts): Part[] {
  const t = (key: MessageKey) => translate(locale, key)
  return [
    fact(t('email.event.when'), eventPeriod(locale, event.startsAt, event.endsAt)),
    ...(event.place ? [fact(t('email.event.where'), event.place)] : []),
    ...(event.mapUrl ? [linked(t('email.event.map'), event.mapUrl)] : []),
    ...(event.onlineUrl ? [linked(t('email.event.online'), event.onlineUrl)] : []),
    ...(event.calendarUrl ? [linked(t('email.event.calendar'), event.calendarUrl)] : []),
  ]
}

function afterwards(locale: Locale, event: EventFacts): Part[] {
  const t = (key: MessageKey) => translate(locale, key)
  const materials = event.materials.map((material) => linked(material.label, material.url))
  return [
    ...(event.summary ? [paragraph(event.summary)] : []),
    ...(event.recordingUrl ? [linked(t('email.event.recording'), event.recordingUrl)] : []),
    ...(materials.length ? [paragraph(t('email.event.materials')), ...materials] : []),
  ]
}

const subjects: Record<Exclude<EventDeliveryKind, 'message'>, MessageKey> = {
  reminder: 'email.event.reminder.subject',
  followUp: 'email.event.followUp.subject',
}

/**
 * A reminder, a follow-up or an editor's message to one registrant, in their language, with
 * the links every registration email carries: the event's page, the cancellation while there
 * is a seat to give up, and their own data.
 */
export function eventEmail(
  kind: EventDeliveryKind,
  event: EventFacts,
  { locale, cancelUrl, dataLinks }: Personal,
  message?: EditorMessage,
) {
  const privacy: PrivacyLinks = { kind: 'registrants', ...dataLinks }
  const values = { event: event.title, time: eventTime(locale, event.startsAt) }
  const t = (key: MessageKey) => translate(locale, key, values)
  const subject = kind === 'message' ? message!.subject : t(subjects[kind])
  const body: Part[] =
    kind === 'reminder'
      ? [paragraph(t('email.event.reminder.intro')), ...whenAndWhere(locale, event)]
      : kind === 'followUp'
        ? [paragraph(t('email.event.followUp.intro')), ...afterwards(locale, event)]
        : [
            paragraph(t('email.event.message.from')),
            ...message!.body.split(/\r?\n\s*\r?\n/).map((text) => paragraph(text.trim())),
            ...whenAndWhere(locale, event),
          ]
  const parts = [
    ...body,
    ...(event.url ? [linked(t('email.register.eventLink'), event.url)] : []),
    ...(cancelUrl ? [linked(t('email.register.cancelLink'), cancelUrl)] : []),
  ]
  const html = messageDocument({
    locale,
    title: subject,
    body: parts.map((part) => part.html).join('\n'),
    privacy,
  })
  const text = [...parts.map((part) => part.text), messageTextFooter(locale, privacy)].join('\n\n')
  return { subject, html, text }
}
