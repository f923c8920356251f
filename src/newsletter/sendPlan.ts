import type { Payload } from 'payload'

import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import type { Newsletter } from '@/payload-types'
import { appPool } from '@/platform/database/pool'

import { audienceOf } from './deliveryQueue'
import { issueNewsIds } from './resolveIssueNews'

/** A text of the issue in one language: its own, the Finnish one (missing or copied), or none. */
export type TextState = 'translated' | 'finnish' | 'none'

export type LanguagePlan = {
  locale: Locale
  recipients: number
  subject: TextState
  intro: TextState
  /** News items in the reader's language, in Finnish (the issue falls back), or left out. */
  news: { translated: number; finnish: number; leftOut: number }
}

export type SendPlan = {
  recipients: number
  languages: LanguagePlan[]
  /** Languages with readers whose subject or intro would reach them in Finnish. */
  untranslated: Locale[]
}

const sameText = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * A text counts as translated when it is there in the language and differs from the Finnish
 * one: a copy left by "Start from Finnish" is still Finnish.
 */
function stateOf(value: unknown, finnish: unknown, locale: Locale): TextState {
  const empty = value === null || value === undefined || value === ''
  if (locale === defaultLocale) return empty ? 'none' : 'translated'
  if (empty) return finnish ? 'finnish' : 'none'
  return sameText(value, finnish) ? 'finnish' : 'translated'
}

/** Who would get the issue if it were sent now, per language, and what each of them would get. */
export async function sendPlan(payload: Payload, id: number): Promise<SendPlan> {
  const read = (locale: Locale) =>
    payload.findByID({ collection: 'newsletters', id, locale, fallbackLocale: false, depth: 0 })
  const issues = Object.fromEntries(
    await Promise.all(locales.map(async (locale) => [locale, await read(locale)] as const)),
  ) as Record<Locale, Newsletter>
  const finnish = issues[defaultLocale]
  const ids = await issueNewsIds(payload, finnish)
  const published = await publishedTitles(payload, ids)
  const counts = await recipientsByLocale(payload, id)
  const languages = locales.map((locale): LanguagePlan => {
    const news = { translated: 0, finnish: 0, leftOut: 0 }
    for (const newsId of ids) {
      const own = published[locale].get(newsId)
      const source = published[defaultLocale].get(newsId)
      if (own && (locale === defaultLocale || own !== source)) news.translated++
      // Published under this language with the Finnish title: its readers get Finnish anyway.
      else if (own) news.finnish++
      else if (source && finnish.missingTranslation === 'fallback') news.finnish++
      else news.leftOut++
    }
    return {
      locale,
      recipients: counts.get(locale) ?? 0,
      subject: stateOf(issues[locale].subject, finnish.subject, locale),
      intro: stateOf(issues[locale].intro, finnish.intro, locale),
      news,
    }
  })
  return {
    recipients: languages.reduce((sum, language) => sum + language.recipients, 0),
    languages,
    untranslated: languages
      .filter((l) => l.recipients > 0 && (l.subject === 'finnish' || l.intro === 'finnish'))
      .map((l) => l.locale),
  }
}

async function recipientsByLocale(payload: Payload, id: number): Promise<Map<Locale, number>> {
  const { rows } = await appPool(payload).query<{ locale: Locale; count: string }>(
    `SELECT s.locale::text AS locale, count(*) AS count ${audienceOf} GROUP BY s.locale`,
    [id],
  )
  return new Map(rows.map((row) => [row.locale, Number(row.count)]))
}

/** Per language, the title of each given item published in it (with a slug, as mail links need). */
async function publishedTitles(payload: Payload, ids: number[]) {
  const entries = await Promise.all(
    locales.map(async (locale) => {
      const titles = new Map<number, string>()
      if (ids.length) {
        const { docs } = await payload.find({
          collection: 'news',
          where: { id: { in: ids }, _status: { equals: 'published' } },
          locale,
          fallbackLocale: false,
          depth: 0,
          limit: ids.length,
          select: { title: true, slug: true },
        })
        for (const doc of docs) if (doc.title && doc.slug) titles.set(doc.id, doc.title)
      }
      return [locale, titles] as const
    }),
  )
  return Object.fromEntries(entries) as Record<Locale, Map<number, string>>
}
