import type { Locale } from '@/i18n/locales'

import { document, escapeHtml } from './html'
import { letterhead } from './sender'

/**
 * A message in the council's letterhead: its logo above, its name and postal address below
 * (marketing mail must say who sends it and where they are).
 */
export function messageDocument({
  locale,
  title,
  body,
  footer = '',
}: {
  locale: Locale
  title: string
  body: string
  /** Above the postal address, inside the footer: the newsletter's own links. */
  footer?: string
}): string {
  const { name, logoUrl, postalAddress } = letterhead(locale)
  const logo = logoUrl
    ? `<p style="margin:0 0 16px"><img src="${escapeHtml(logoUrl)}" alt="${escapeHtml(name)}" width="160" style="display:block;width:160px;max-width:100%;height:auto;border:0"></p>\n`
    : ''
  const address = `<p style="margin:8px 0 0">${escapeHtml(name)} · ${escapeHtml(postalAddress)}</p>`
  return document({
    lang: locale,
    title,
    header: logo,
    body: `${body}
<footer style="border-top:1px solid #d0d7de;margin-top:24px;padding-top:16px;font-size:14px">
${footer}${address}
</footer>`,
  })
}

/** The same letterhead's last lines in a plain-text message. */
export const messageTextFooter = (locale: Locale) => {
  const { name, postalAddress } = letterhead(locale)
  return `${name} · ${postalAddress}`
}
