import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { siteUrl } from '@/platform/urls'
import { t } from '@/site/i18n'

import '@/app/(site)/site.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const { locale: value } = await params
  const locale = isLocale(value) ? value : defaultLocale
  return {
    metadataBase: new URL(siteUrl()),
    title: { template: `%s – ${t(locale, 'site.name')}`, default: t(locale, 'site.name') },
    description: t(locale, 'site.description'),
  }
}

/**
 * The public site's root layout (the admin UI has its own in (payload)): the document in the
 * page's language. An unknown language renders the 404 page, in Finnish.
 */
export default async function SiteLayout({ children, params }: Props) {
  const { locale } = await params
  return (
    <html lang={isLocale(locale) ? locale : defaultLocale}>
      <body>{children}</body>
    </html>
  )
}
