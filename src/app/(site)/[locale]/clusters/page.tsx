import type { Metadata } from 'next'

import { sitePaths } from '@/platform/sitePaths'
import { Shell } from '@/site/components/Shell'
import { findClusters, isTranslated } from '@/site/content'
import { t } from '@/site/i18n'
import { everyLanguage, pageMetadata } from '@/site/metadata'
import { localeOf, notFoundMetadata, pageLocale, type LocaleParams } from '@/site/params'
import { getReader } from '@/site/reader'

type Props = { params: LocaleParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  if (!locale) return notFoundMetadata()
  return pageMetadata(locale, {
    title: t(locale, 'clusters.title'),
    description: t(locale, 'clusters.intro'),
    languages: everyLanguage(sitePaths.clusters),
  })
}

/** The six clusters, in their display order, each with its short description. */
export default async function ClustersPage({ params }: Props) {
  const locale = await pageLocale(params)
  const clusters = await findClusters(locale)
  return (
    <Shell
      locale={locale}
      languages={everyLanguage(sitePaths.clusters)}
      section="clusters"
      atSection
      reader={await getReader()}
    >
      <h1>{t(locale, 'clusters.title')}</h1>
      <p className="lead">{t(locale, 'clusters.intro')}</p>
      <ul className="cards">
        {clusters.map((cluster) => (
          <li key={cluster.id} lang={isTranslated(cluster, locale) ? undefined : 'fi'}>
            <h2>
              <a href={sitePaths.cluster(locale, cluster.slug)}>{cluster.name}</a>
            </h2>
            {cluster.shortDescription ? <p>{cluster.shortDescription}</p> : null}
          </li>
        ))}
      </ul>
    </Shell>
  )
}
