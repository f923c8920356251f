import { TZDate } from '@date-fns/tz'

import { eventTimeZone } from '@/events/calendar'
import { translate, type MessageKey } from '@/i18n'
import type { Locale } from '@/i18n/locales'

import { addressText, button, escapeHtml, link } from './html'
import { messageDocument, messageTextFooter, type PrivacyLinks } from './message'

export type RegistrationEmailKind =
  'confirm' | 'confirmed' | 'waitlisted' | 'promoted' | 'eventCancelled'

type Facts = {
  locale: Locale
  event: { title: string; startsAt: string; url?: string }
  /** The confirmation link ('confirm') or the cancellation link (the others but 'eventCancelled'). */
  actionUrl: string
  /** The same link's pages for the registrant's own data. */
  dataLinks: Omit<PrivacyLinks, 'kind'>
}

const dateLocales: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }

/** The event's start as people in Finland read it, in the message's language. */
export const eventTime = (locale: Locale, startsAt: string) =>
  new TZDate(startsAt, eventTimeZone).toLocaleString(dateLocales[locale], {
    timeZone: eventTimeZone,
    dateStyle: 'full',
    timeStyle: 'short',
  })

const texts: Record<RegistrationEmailKind, { subject: MessageKey; intro: MessageKey }> = {
  confirm: { subject: 'email.register.confirm.subject', intro: 'email.register.confirm.intro' },
  confirmed: {
    subject: 'email.register.confirmed.subject',
    intro: 'email.register.confirmed.intro',
  },
  waitlisted: {
    subject: 'email.register.waitlisted.subject',
    intro: 'email.register.waitlisted.intro',
  },
  promoted: { subject: 'email.register.promoted.subject', intro: 'email.register.promoted.intro' },
  eventCancelled: {
    subject: 'email.register.eventCancelled.subject',
    intro: 'email.register.eventCancelled.intro',
  },
}

/** A message to a registrant, in their language: the link to confirm, or their seat and how to cancel. */
export function registrationEmail(
  kind: RegistrationEmailKind,
  { locale, event, actionUrl, dataLinks }: Facts,
) {
  const privacy: PrivacyLinks = { kind: 'registrants', ...dataLinks }
  const values = { event: event.title, time: eventTime(locale, event.startsAt) }
  const t = (key: MessageKey) => translate(locale, key, values)
  const subject = t(texts[kind].subject)
  const intro = t(texts[kind].intro)
  // Nothing is left to confirm or cancel once the event itself is called off.
  const action =
    kind === 'confirm'
      ? t('email.register.confirm.button')
      : kind === 'eventCancelled'
        ? undefined
        : t('email.register.cancelLink')
  const after = kind === 'confirm' ? [t('email.register.confirm.ignore')] : []
  const eventLink = event.url ? [link(event.url, t('email.register.eventLink'))] : []
  const html = messageDocument({
    locale,
    title: subject,
    body: [
      `<p>${escapeHtml(intro)}</p>`,
      ...eventLink.map((anchor) => `<p>${anchor}</p>`),
      ...(action === undefined
        ? []
        : [
            kind === 'confirm' ? button(actionUrl, action) : `<p>${link(actionUrl, action)}</p>`,
            addressText(actionUrl),
          ]),
      ...after.map((line) => `<p>${escapeHtml(line)}</p>`),
    ].join('\n'),
    privacy,
  })
  const text = [
    intro,
    ...(event.url ? ['', `${t('email.register.eventLink')}: ${event.url}`] : []),
    ...(action === undefined ? [] : ['', `${action}: ${actionUrl}`]),
    ...after.flatMap((line) => ['', line]),
    '',
    messageTextFooter(locale, privacy),
  ].join('\n')
  return { subject, html, text }
}
