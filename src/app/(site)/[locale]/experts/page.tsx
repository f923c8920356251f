import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import type { Expert } from '@/payload-types'
import { sitePaths } from '@/platform/sitePaths'
import { ClusterFilter } from '@/site/components/NewsList'
import { ExpertCard } from '@/site/components/People'
import { Shell } from '@/site/components/Shell'
import { findClusters, findExperts, isTranslated } from '@/site/content'
import { t } from '@/site/i18n'
import { everyLanguage, pageMetadata } from '@/site/metadata'
import {
  localeOf,
  notFoundMetadata,
  pageLocale,
  single,
  type LocaleParams,
  type SearchParams,
} from '@/site/params'
import { getReader } from '@/site/reader'

type Props = { params: LocaleParams; searchParams: SearchParams }

const clusterIdsOf = (expert: Expert) =>
  (expert.clusters ?? []).map((cluster) => (typeof cluster === 'object' ? cluster.id : cluster))

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  if (!locale) return notFoundMetadata()
  const cluster = single((await searchParams).cluster)
  return pageMetadata(locale, {
    title: t(locale, 'experts.title'),
    description: t(locale, 'experts.intro'),
    languages: everyLanguage((code) => sitePaths.experts(code, cluster)),
  })
}

/** People to contact, grouped by cluster; a cluster's link shows its group alone. */
export default async function ExpertsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const chosen = single((await searchParams).cluster)
  const [clusters, experts] = await Promise.all([findClusters(locale), findExperts(locale)])
  if (chosen !== undefined && !clusters.some((cluster) => cluster.slug === chosen)) notFound()
  const lang = (doc: Parameters<typeof isTranslated>[0]) =>
    isTranslated(doc, locale) ? undefined : 'fi'

  const groups = clusters
    .filter((cluster) => chosen === undefined || cluster.slug === chosen)
    .map((cluster) => ({
      key: cluster.slug,
      title: cluster.name,
      lang: lang(cluster),
      experts: experts.filter((expert) => clusterIdsOf(expert).includes(cluster.id)),
    }))
  const unclustered = experts.filter((expert) => clusterIdsOf(expert).length === 0)
  if (chosen === undefined && unclustered.length) {
    groups.push({
      key: 'other',
      title: t(locale, 'experts.other'),
      lang: undefined,
      experts: unclustered,
    })
  }

  return (
    <Shell
      locale={locale}
      languages={everyLanguage((code) => sitePaths.experts(code, chosen))}
      section="experts"
      atSection={chosen === undefined}
      reader={await getReader()}
    >
      <h1>{t(locale, 'experts.title')}</h1>
      <p className="lead">{t(locale, 'experts.intro')}</p>
      <ClusterFilter
        label={t(locale, 'experts.filter.label')}
        allLabel={t(locale, 'experts.filter.all')}
        clusters={clusters.map((cluster) => ({
          slug: cluster.slug,
          name: cluster.name,
          lang: lang(cluster),
        }))}
        current={chosen}
        href={(slug) => sitePaths.experts(locale, slug)}
      />
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`group-${group.key}`}>
          <h2 id={`group-${group.key}`} lang={group.lang}>
            {group.title}
          </h2>
          {group.experts.length ? (
            <ul className="people">
              {group.experts.map((expert) => (
                <li key={expert.id}>
                  <ExpertCard expert={expert} locale={locale} lang={lang(expert)} full />
                </li>
              ))}
            </ul>
          ) : (
            <p>{t(locale, 'experts.none')}</p>
          )}
        </section>
      ))}
    </Shell>
  )
}
