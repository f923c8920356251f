import { translate } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import { sitePaths, type PrivacyNoticeKind } from '@/platform/sitePaths'
import { absoluteUrl } from '@/platform/urls'

import { document, escapeHtml, link } from './html'
import { letterhead } from './sender'

/**
 * What every message says about the reader's data (GDPR Art. 13, 15, 17): the privacy notice
 * of their kind and, where they have a link token, the links to download and erase their data.
 */
export type PrivacyLinks = { kind: PrivacyNoticeKind; myData?: string; erase?: string }

function privacyEntries(locale: Locale, { kind, myData, erase }: PrivacyLinks) {
  const notice = absoluteUrl(sitePaths.privacy(locale, kind))
  const entries: [string, string | undefined][] = [
    [translate(locale, 'email.privacy.notice'), notice],
    [translate(locale, 'email.privacy.myData'), myData],
    [translate(locale, 'email.privacy.erase'), erase],
  ]
  return entries.filter((entry): entry is [string, string] => Boolean(entry[1]))
}

/**
 * A message in the council's letterhead: its logo above, its name and postal address below
 * (marketing mail must say who sends it and where they are).
 */
export function messageDocument({
  locale,
  title,
  body,
  footer = '',
  privacy,
}: {
  locale: Locale
  title: string
  body: string
  /** Above the postal address, inside the footer: the newsletter's own links. */
  footer?: string
  privacy: PrivacyLinks
}): string {
  const { name, logoUrl, postalAddress } = letterhead(locale)
  const logo = logoUrl
    ? `<p style="margin:0 0 16px"><img src="${escapeHtml(logoUrl)}" alt="${escapeHtml(name)}" width="160" style="display:block;width:160px;max-width:100%;height:auto;border:0"></p>\n`
    : ''
  const address = `<p style="margin:8px 0 0">${escapeHtml(name)} · ${escapeHtml(postalAddress)}</p>`
  const data = privacyEntries(locale, privacy)
    .map(([text, href]) => link(href, text))
    .join(' · ')
  return document({
    lang: locale,
    title,
    header: logo,
    body: `${body}
<footer style="border-top:1px solid #d0d7de;margin-top:24px;padding-top:16px;font-size:14px">
${footer}<p style="margin:0 0 8px">${data}</p>${address}
</footer>`,
  })
}

/** The same privacy links and letterhead's last lines in a plain-text message. */
export const messageTextFooter = (locale: Locale, privacy: PrivacyLinks) => {
  const { name, postalAddress } = letterhead(locale)
  const data = privacyEntries(locale, privacy).map(([text, href]) => `${text}: ${href}`)
  return [...data, `${name} · ${postalAddress}`].join('\n')
}
