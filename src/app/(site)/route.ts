import { redirect } from 'next/navigation'

import { defaultLocale } from '@/i18n/locales'

/** The site's root: the newsroom in Finnish, the source language. */
export function GET() {
  redirect(`/${defaultLocale}`)
}
