import type { Locale } from '@/i18n/locales'
import { defaultLocale, locales } from '@/i18n/locales'

export const translationStates = ['missing', 'draft', 'published', 'stale'] as const
export type TranslationState = (typeof translationStates)[number]

/** One language of a document: its newest text (a draft, where drafts exist) and what readers see. */
export type LanguageFacts = {
  locale: Locale
  hasText: boolean
  published: boolean
  textUpdatedAt: Date | null
}

/**
 * `stale`: the Finnish text changed after this translation was last saved, whatever its status;
 * otherwise `published`, `draft` (written, not yet public) or `missing`.
 */
export function translationStatus(facts: LanguageFacts[]): Record<Locale, TranslationState> {
  const of = (locale: Locale) => facts.find((fact) => fact.locale === locale)
  const sourceChangedAt = of(defaultLocale)?.textUpdatedAt?.getTime() ?? 0
  const stateOf = (locale: Locale): TranslationState => {
    const fact = of(locale)
    if (!fact?.hasText) return 'missing'
    const translatedAt = fact.textUpdatedAt?.getTime() ?? 0
    if (locale !== defaultLocale && translatedAt < sourceChangedAt) return 'stale'
    return fact.published ? 'published' : 'draft'
  }
  return Object.fromEntries(locales.map((locale) => [locale, stateOf(locale)])) as Record<
    Locale,
    TranslationState
  >
}
