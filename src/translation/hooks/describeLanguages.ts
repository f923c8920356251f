import type { CollectionAfterOperationHook, PayloadRequest } from 'payload'

import { isStaff } from '@/access/isStaff'
import { defaultLocale, isLocale, locales, type Locale } from '@/i18n/locales'
import type { Alternate } from '@/platform/urls'
import { languageRows, type LanguageCollection, type LanguageRow } from '@/translation/languageRows'

type Doc = Record<string, unknown> & {
  id: number
  alternates?: Alternate[]
  contentLocales?: Record<string, Locale | null>
}

type Settings<Slug extends LanguageCollection> = {
  collection: Slug
  /** The texts a reader sees, each of which may fall back to another language when empty. */
  textFields: readonly string[]
  /** Where a language's version lives for readers. */
  urlOf: (locale: Locale, slug: string) => string
}

function fallbackOf(req: PayloadRequest): Locale | undefined {
  const fallback = [req.fallbackLocale].flat()[0]
  return isLocale(fallback) ? fallback : undefined
}

/**
 * Says, per text, which language it is in, so partner sites can mark fallback text, and never
 * fills a text from a language that is not published. A text of another language that is,
 * character for character, the Finnish one (copied by "Start from Finnish" and published
 * untranslated) is Finnish: `fi`, never the language it was filed under.
 */
function labelTexts(
  doc: Doc,
  rows: LanguageRow<string>[],
  textFields: readonly string[],
  locale: Locale,
  req: PayloadRequest,
) {
  const row = (code?: Locale) => rows.find((candidate) => candidate.locale === code)
  const fallback = fallbackOf(req)
  doc.contentLocales = {}
  for (const field of textFields) {
    if (row(locale)?.filled[field]) {
      doc.contentLocales[field] = row(locale)?.copied[field] ? defaultLocale : locale
    } else if (fallback && row(fallback)?.filled[field] && row(fallback)?.published) {
      doc.contentLocales[field] = row(fallback)?.copied[field] ? defaultLocale : fallback
    } else {
      doc.contentLocales[field] = null
      if (doc[field] !== undefined) doc[field] = null
    }
  }
}

/** `locale=all` for a reader: only the languages that are published. */
function keepPublishedLanguages(doc: Doc, rows: LanguageRow<string>[]) {
  const published = new Set(rows.filter((row) => row.published).map((row) => row.locale))
  for (const [key, value] of Object.entries(doc)) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) continue
    const keys = Object.keys(value)
    if (keys.length && keys.every((code) => (locales as readonly string[]).includes(code))) {
      doc[key] = Object.fromEntries(
        Object.entries(value).filter(([code]) => published.has(code as Locale)),
      )
    }
  }
}

/**
 * Adds to every document read which languages really have it (`alternates`, for hreflang)
 * and, for readers, which language each text is in (`contentLocales`).
 */
export const describeLanguages =
  <Slug extends LanguageCollection>({
    collection,
    textFields,
    urlOf,
  }: Settings<Slug>): CollectionAfterOperationHook<Slug> =>
  async ({ args, operation, req, result }) => {
    if (operation !== 'find' && operation !== 'findByID') return result
    // Staff, and the app's own Local API calls that override access, see every language.
    const staff = isStaff({ req }) || (args as { overrideAccess?: boolean }).overrideAccess === true
    const docs = (
      operation === 'find' ? (result as unknown as { docs: Doc[] }).docs : [result]
    ) as Doc[]
    const present = docs.filter((doc) => doc && typeof doc.id === 'number')
    const rows = await languageRows(
      req.payload,
      collection,
      textFields,
      present.map((doc) => doc.id),
    )
    for (const doc of present) {
      const own = rows.filter((row) => row.id === doc.id)
      doc.alternates = own.flatMap(({ locale, published, slug }) =>
        published && slug ? [{ locale, slug, url: urlOf(locale, slug) }] : [],
      )
      // Staff read drafts and every language as they are; the published rows describe neither.
      if (staff) continue
      if (isLocale(req.locale)) labelTexts(doc, own, textFields, req.locale, req)
      else keepPublishedLanguages(doc, own)
    }
    return result
  }
