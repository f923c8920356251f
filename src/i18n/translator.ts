import type { Locale } from './locales'

/** A `{name}` placeholder of our texts. */
export const placeholder = /\{(\w+)\}/g

/**
 * The translate function of one set of texts in our three languages: a text in one language,
 * with `{name}` placeholders filled from `values`. Apart from the texts, so that a client
 * component bundles only the set it uses.
 */
export const translator =
  <Key extends string>(texts: Record<Locale, Record<Key, string>>) =>
  (locale: Locale, key: Key, values: Record<string, string | number> = {}): string =>
    texts[locale][key].replace(placeholder, (_, name: string) => String(values[name] ?? ''))
