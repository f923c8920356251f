/** Content locales. Finnish is the source language editors write in first. */
export const locales = ['fi', 'sv', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'fi'

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value)

/** Languages people speak at events and with experts, beyond the content locales. */
export const spokenLanguages = ['fi', 'sv', 'en', 'se', 'no', 'de', 'fr', 'ru'] as const
