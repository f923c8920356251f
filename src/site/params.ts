import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'

import { t } from './i18n'

export type LocaleParams = Promise<{ locale: string }>
export type SlugParams = Promise<{ locale: string; slug: string }>
export type SearchParams = Promise<Record<string, string | string[] | undefined>>

/**
 * The page's language from its path, or undefined for any other first segment. Metadata
 * functions use this and never throw: `notFound()` there would leave the 404 to the browser's
 * JavaScript. Pages call `notFound()` themselves and get the server-rendered 404 page.
 */
export async function localeOf(params: LocaleParams): Promise<Locale | undefined> {
  const { locale } = await params
  return isLocale(locale) ? locale : undefined
}

/** The page's language; a 404 for anything else. */
export async function pageLocale(params: LocaleParams): Promise<Locale> {
  return (await localeOf(params)) ?? notFound()
}

/** The head of a page that is not there; the page itself renders the 404. */
export const notFoundMetadata = (locale: Locale = defaultLocale): Metadata => ({
  title: t(locale, 'notFound.title'),
})

/** One query parameter as text, whether it came once, several times or not at all. */
export const single = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value

/** `?page=` as a page number: absent is 1; anything but a whole number from 1 up is undefined. */
export function pageNumber(value: string | string[] | undefined): number | undefined {
  const text = single(value)
  if (text === undefined) return 1
  return /^[1-9]\d{0,5}$/.test(text) ? Number(text) : undefined
}
