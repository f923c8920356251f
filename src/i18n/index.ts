import type { MessageKey } from './en'
import { en } from './en'
import { fi } from './fi'
import { isLocale, type Locale } from './locales'
import { sv } from './sv'
import { translator } from './translator'

export type { MessageKey } from './en'

const messages = { fi, sv, en }

/** A text in all three languages, the shape Payload takes for admin labels and help texts. */
export const label = (key: MessageKey): Record<Locale, string> => ({
  fi: fi[key],
  sv: sv[key],
  en: en[key],
})

/** One of our texts (API answers, emails, admin labels) in one language, `{name}`s filled. */
export const translate = translator<MessageKey>(messages)

/** The first of our languages named in an Accept-Language header; English otherwise. */
export const languageFromHeader = (acceptLanguage: string | null): Locale => {
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part) => part.split(';')[0]?.trim().slice(0, 2).toLowerCase())
  return wanted.find(isLocale) ?? 'en'
}
