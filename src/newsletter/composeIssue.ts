import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { Payload } from 'payload'

import { escapeHtml, link } from '@/email/html'
import { messageDocument, messageTextFooter } from '@/email/message'
import { translate, type MessageKey } from '@/i18n'
import { defaultLocale, type Locale } from '@/i18n/locales'
import type { News, Newsletter } from '@/payload-types'
import { newsUrl } from '@/platform/urls'

/** Per-recipient links are filled in at send time, so an issue is rendered once per language. */
export const recipientLinks = {
  unsubscribe: '%%UNSUBSCRIBE_URL%%',
  manage: '%%MANAGE_URL%%',
  myData: '%%MY_DATA_URL%%',
  erase: '%%ERASE_URL%%',
}

export type ComposedIssue = { subject: string; html: string; text: string }

/** Fills in one recipient's links (the same in HTML and text: addresses need no escaping). */
export const withLinks =
  (links: Record<keyof typeof recipientLinks, string>) =>
  (text: string): string =>
    text
      .replaceAll(recipientLinks.unsubscribe, links.unsubscribe)
      .replaceAll(recipientLinks.manage, links.manage)
      .replaceAll(recipientLinks.myData, links.myData)
      .replaceAll(recipientLinks.erase, links.erase)

const privacy = {
  kind: 'subscribers',
  myData: recipientLinks.myData,
  erase: recipientLinks.erase,
} as const

type Item = Pick<News, 'title' | 'summary' | 'slug' | 'publishedAt'> & { locale: Locale }

export async function composeIssue(
  payload: Payload,
  newsletterId: number,
  locale: Locale,
): Promise<ComposedIssue> {
  const issue = await payload.findByID({
    collection: 'newsletters',
    id: newsletterId,
    locale,
    fallbackLocale: defaultLocale,
    depth: 0,
  })
  const items = await itemsIn(payload, issue, locale)
  const t = (key: MessageKey) => translate(locale, key)
  const subject = issue.subject
  const intro = issue.intro ? convertLexicalToHTML({ data: issue.intro }) : ''
  const introText = issue.intro ? convertLexicalToPlaintext({ data: issue.intro }) : ''

  const html = messageDocument({
    locale,
    title: subject,
    body: [intro, ...items.map((item) => itemHtml(item, locale, t))].join('\n'),
    footer: footerHtml(t),
    privacy,
  })
  const text = [
    subject,
    '',
    introText,
    ...items.map((item) => itemText(item, locale, t)),
    '',
    footerText(t),
    messageTextFooter(locale, privacy),
  ].join('\n')
  return { subject, html, text }
}

async function itemsIn(payload: Payload, issue: Newsletter, locale: Locale): Promise<Item[]> {
  const ids = (issue.news ?? []).map((item) => (typeof item === 'object' ? item.id : item))
  if (!ids.length) return []
  const find = (inLocale: Locale) =>
    payload.find({
      collection: 'news',
      where: { id: { in: ids }, _status: { equals: 'published' } },
      locale: inLocale,
      fallbackLocale: false,
      depth: 0,
      limit: ids.length,
      sort: '-publishedAt',
      select: { title: true, summary: true, slug: true, publishedAt: true },
    })
  const usable = (docs: Pick<News, 'id' | 'title' | 'slug' | 'publishedAt'>[], inLocale: Locale) =>
    docs.flatMap((doc) =>
      doc.title && doc.slug ? [{ ...doc, locale: inLocale } as Item & { id: number }] : [],
    )
  const translated = usable((await find(locale)).docs, locale)
  // Items not published in the reader's language, in Finnish instead, if the issue says so.
  const fallback =
    issue.missingTranslation === 'fallback' && locale !== defaultLocale
      ? usable((await find(defaultLocale)).docs, defaultLocale).filter(
          (doc) => !translated.some((item) => item.id === doc.id),
        )
      : []
  return [...translated, ...fallback].sort((a, b) =>
    String(b.publishedAt ?? '').localeCompare(String(a.publishedAt ?? '')),
  )
}

function itemHtml(item: Item, locale: Locale, t: (key: MessageKey) => string): string {
  const marked = item.locale !== locale
  const lang = marked ? ` lang="${item.locale}"` : ''
  const note = marked
    ? ` <span style="font-size:14px">(${escapeHtml(t('email.newsletter.inFinnish'))})</span>`
    : ''
  return `<section${lang} style="border-top:1px solid #d0d7de;padding-top:16px;margin-top:16px">
<h2 style="font-size:20px;line-height:1.3;margin:0 0 8px">${escapeHtml(item.title)}${note}</h2>
${item.summary ? `<p style="margin:0 0 8px">${escapeHtml(item.summary)}</p>` : ''}
<p style="margin:0">${link(newsUrl(item.locale, item.slug), t('email.newsletter.readMore'))}</p>
</section>`
}

function itemText(item: Item, locale: Locale, t: (key: MessageKey) => string): string {
  const note = item.locale !== locale ? ` (${t('email.newsletter.inFinnish')})` : ''
  return ['', `## ${item.title}${note}`, item.summary ?? '', newsUrl(item.locale, item.slug)]
    .filter((line, index) => line || index === 0)
    .join('\n')
}

const footerHtml = (t: (key: MessageKey) => string) =>
  `<p style="margin:0 0 8px">${escapeHtml(t('email.newsletter.why'))}</p>
<p style="margin:0 0 8px">${link(recipientLinks.unsubscribe, t('email.newsletter.unsubscribe'))} · ${link(recipientLinks.manage, t('email.newsletter.manage'))}</p>`

const footerText = (t: (key: MessageKey) => string) =>
  [
    t('email.newsletter.why'),
    `${t('email.newsletter.unsubscribe')}: ${recipientLinks.unsubscribe}`,
    `${t('email.newsletter.manage')}: ${recipientLinks.manage}`,
  ].join('\n')
