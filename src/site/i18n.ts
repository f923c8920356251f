import { translate } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import { en, type SiteMessageKey } from '@/i18n/site/en'
import { fi } from '@/i18n/site/fi'
import { sv } from '@/i18n/site/sv'
import { translator } from '@/i18n/translator'

export type { SiteMessageKey } from '@/i18n/site/en'

/** A text of the public site in one language, with `{name}` placeholders filled from `values`. */
export const t = translator<SiteMessageKey>({ fi, sv, en })

/** Each language's name in that language, for the language switcher. */
export const endonyms: Record<Locale, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' }

/** A language's name in the reader's language ("ruotsi", "Swedish"), from our shared texts. */
export const languageName = (locale: Locale, language: string): string =>
  translate(locale, `language.${language}` as 'language.fi')

const intlLocales: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }

/** A date as readers of the language write it, in Finnish time: "8. maaliskuuta 2022". */
export const formatDate = (locale: Locale, iso: string): string =>
  new Intl.DateTimeFormat(intlLocales[locale], {
    dateStyle: 'long',
    timeZone: 'Europe/Helsinki',
  }).format(new Date(iso))

/** A date and time as readers of the language write them, in Finnish time. */
export const formatDateTime = (locale: Locale, iso: string): string =>
  new Intl.DateTimeFormat(intlLocales[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Helsinki',
  }).format(new Date(iso))

/** A time of day in Finnish time: "9.00", "09:00". */
export const formatTime = (locale: Locale, iso: string): string =>
  new Intl.DateTimeFormat(intlLocales[locale], {
    timeStyle: 'short',
    timeZone: 'Europe/Helsinki',
  }).format(new Date(iso))
