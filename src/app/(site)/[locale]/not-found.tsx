'use client'

import { useParams } from 'next/navigation'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { sitePaths } from '@/platform/sitePaths'
import { Shell } from '@/site/components/Shell'
import { t } from '@/site/i18n'

/**
 * A 404 in the language of the address, or in Finnish when the language itself is unknown.
 * A client component only to read the address's language (not-found pages get no params).
 */
export default function NotFound() {
  const value = useParams<{ locale?: string }>()?.locale
  const locale = isLocale(value) ? value : defaultLocale
  return (
    <Shell locale={locale} languages={{}}>
      <h1>{t(locale, 'notFound.title')}</h1>
      <p>{t(locale, 'notFound.text')}</p>
      <p>
        <a href={sitePaths.home(locale)}>{t(locale, 'notFound.home')}</a>
      </p>
    </Shell>
  )
}
