import type { Metadata } from 'next'

import { sitePaths } from '@/platform/sitePaths'
import { Shell } from '@/site/components/Shell'
import { Subscribe } from '@/site/components/Subscribe'
import { t } from '@/site/i18n'
import { everyLanguage, pageMetadata } from '@/site/metadata'
import { localeOf, notFoundMetadata, pageLocale, type LocaleParams } from '@/site/params'
import { getReader } from '@/site/reader'

type Props = { params: LocaleParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  if (!locale) return notFoundMetadata()
  return pageMetadata(locale, {
    title: t(locale, 'newsletter.title'),
    description: t(locale, 'newsletter.intro'),
    languages: everyLanguage(sitePaths.newsletter),
  })
}

/**
 * The subscribe form on a page of its own. Every subscribe form on the site posts here when
 * the browser runs no JavaScript, so this page shows the answer.
 */
export default async function NewsletterPage({ params }: Props) {
  const locale = await pageLocale(params)
  return (
    <Shell
      locale={locale}
      languages={everyLanguage(sitePaths.newsletter)}
      section="newsletter"
      atSection
      reader={await getReader()}
    >
      <h1>{t(locale, 'newsletter.heading')}</h1>
      <p className="lead">{t(locale, 'newsletter.intro')}</p>
      <Subscribe locale={locale} />
    </Shell>
  )
}
