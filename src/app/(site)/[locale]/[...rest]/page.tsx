import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { localeOf, notFoundMetadata, pageLocale, type LocaleParams } from '@/site/params'

type Props = { params: LocaleParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return notFoundMetadata(await localeOf(params))
}

/**
 * Any other address under a language: the site's own 404 in that language, not Next's
 * English default page, which is what an address matching no route would otherwise get.
 */
export default async function UnknownPage({ params }: Props) {
  await pageLocale(params)
  notFound()
}
