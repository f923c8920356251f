import { translate } from '@/i18n'
import type { Locale } from '@/i18n/locales'

import { addressText, button, escapeHtml } from './html'
import { messageDocument, messageTextFooter, type PrivacyLinks } from './message'

/** The double opt-in message, in the language the subscriber chose. */
export function confirmationEmail(
  locale: Locale,
  confirmUrl: string,
  dataLinks: Omit<PrivacyLinks, 'kind'>,
) {
  const privacy: PrivacyLinks = { kind: 'subscribers', ...dataLinks }
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key)
  const subject = t('email.confirm.subject')
  const html = messageDocument({
    locale,
    title: subject,
    body: [
      `<p>${escapeHtml(t('email.confirm.intro'))}</p>`,
      button(confirmUrl, t('email.confirm.button')),
      addressText(confirmUrl),
      `<p>${escapeHtml(t('email.confirm.ignore'))}</p>`,
    ].join('\n'),
    privacy,
  })
  const text = [
    t('email.confirm.intro'),
    '',
    `${t('email.confirm.button')}: ${confirmUrl}`,
    '',
    t('email.confirm.ignore'),
    '',
    messageTextFooter(locale, privacy),
  ].join('\n')
  return { subject, html, text }
}
