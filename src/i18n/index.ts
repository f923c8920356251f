import type { MessageKey } from './en'
import { en } from './en'
import { fi } from './fi'
import { isLocale, type Locale } from './locales'
import { sv } from './sv'

export type { MessageKey } from './en'

const messages = { fi, sv, en }

/** A text in all three languages, the shape Payload takes for admin labels and help texts. */
export const label = (key: MessageKey): Record<Locale, string> => ({
  fi: fi[key],
  sv: sv[key],
  en: en[key],
})

/** A text in one language, with `{name}` placeholders filled from `values`. */
export const translate = (
  locale: Locale,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string =>
  messages[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''))

/** The first of our languages named in an Accept-Language header; English otherwise. */
export const languageFromHeader = (acceptLanguage: string | null): Locale => {
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part) => part.split(';')[0]?.trim().slice(0, 2).toLowerCase())
  return wanted.find(isLocale) ?? 'en'
}
