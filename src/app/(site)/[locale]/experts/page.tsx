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

/**
 * People to contact, each once, with the clusters they work with; a cluster's link shows its
 * people alone.
 */
export default async function ExpertsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const chosen = single((await searchParams).cluster)
  const [clusters, experts] = await Promise.all([findClusters(locale), findExperts(locale)])
  const cluster = clusters.find((candidate) => candidate.slug === chosen)
  if (chosen !== undefined && !cluster) notFound()
  const lang = (doc: Parameters<typeof isTranslated>[0]) =>
    isTranslated(doc, locale) ? undefined : 'fi'
  const shown = cluster
    ? experts.filter((expert) => clusterIdsOf(expert).includes(cluster.id))
    : experts
  const clustersOf = (expert: Expert) =>
    clusters.filter((candidate) => clusterIdsOf(expert).includes(candidate.id))

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
        clusters={clusters.map((candidate) => ({
          slug: candidate.slug,
          name: candidate.name,
          lang: lang(candidate),
        }))}
        current={chosen}
        href={(slug) => sitePaths.experts(locale, slug)}
      />
      {cluster ? (
        <h2 lang={lang(cluster)}>{t(locale, 'experts.ofCluster', { cluster: cluster.name })}</h2>
      ) : null}
      {shown.length ? (
        <ul className="people">
          {shown.map((expert) => (
            <li key={expert.id} id={`expert-${expert.slug}`}>
              <ExpertCard
                expert={expert}
                locale={locale}
                lang={lang(expert)}
                level={cluster ? 3 : 2}
                full
              />
              {clustersOf(expert).length ? (
                <p className="person__clusters">
                  <span className="label">{t(locale, 'experts.clusters')}:</span>{' '}
                  {clustersOf(expert).map((own, i) => (
                    <span key={own.id}>
                      {i ? ', ' : null}
                      <a href={sitePaths.cluster(locale, own.slug)} lang={lang(own)}>
                        {own.name}
                      </a>
                    </span>
                  ))}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t(locale, 'experts.none')}</p>
      )}
    </Shell>
  )
}
