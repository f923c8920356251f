import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import type { Locale } from '@/i18n/locales'
import { ClusterFilter, NewsList, Pagination } from '@/site/components/NewsList'
import { Shell } from '@/site/components/Shell'
import { Subscribe } from '@/site/components/Subscribe'
import { findClusters, findNewsPage, isTranslated } from '@/site/content'
import { t } from '@/site/i18n'
import { everyLanguage, pageMetadata } from '@/site/metadata'
import {
  localeOf,
  notFoundMetadata,
  pageLocale,
  pageNumber,
  single,
  type LocaleParams,
  type SearchParams,
} from '@/site/params'
import { getReader } from '@/site/reader'

type Props = { params: LocaleParams; searchParams: SearchParams }
/** A list's address: the front page's or the archive's, with the cluster and page asked. */
type ListPath = (locale: Locale, query?: { cluster?: string; page?: number }) => string

/** The list asked for; undefined for an unknown cluster or a page number that is not one. */
async function listOf(locale: Locale, searchParams: SearchParams) {
  const query = await searchParams
  const page = pageNumber(query.page)
  const slug = single(query.cluster)
  const clusters = await findClusters(locale)
  const cluster = slug === undefined ? undefined : clusters.find((c) => c.slug === slug)
  if (page === undefined || (slug !== undefined && !cluster)) return undefined
  const title = cluster
    ? t(locale, 'news.list.titleCluster', { cluster: cluster.name })
    : t(locale, 'news.list.title')
  return { page, cluster, clusters, title }
}

/**
 * The newest news published in a language, ten a page, optionally of one cluster: the front
 * page and the archive (/{locale}/news) are this one list at two addresses. Filter and pages
 * are plain links, so both work without JavaScript.
 */
export function newsListPage(path: ListPath, { front }: { front: boolean }) {
  async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
    const locale = await localeOf(params)
    const list = locale && (await listOf(locale, searchParams))
    if (!locale || !list) return notFoundMetadata(locale)
    const { page, cluster, title } = list
    return pageMetadata(locale, {
      title: page > 1 ? `${title}, ${t(locale, 'news.list.page', { page })}` : title,
      description: t(locale, 'site.description'),
      // Each language has its own list: the alternates are their first pages.
      languages: everyLanguage((code) => path(code, { cluster: cluster?.slug })),
      canonical: path(locale, { cluster: cluster?.slug, page }),
    })
  }

  async function NewsListPage({ params, searchParams }: Props) {
    const locale = await pageLocale(params)
    const { page, cluster, clusters, title } = (await listOf(locale, searchParams)) ?? notFound()
    const news = await findNewsPage(locale, { page, clusterId: cluster?.id })
    if (page > 1 && page > news.totalPages) notFound()
    const href = (at: number) => path(locale, { cluster: cluster?.slug, page: at })
    return (
      <Shell
        locale={locale}
        languages={everyLanguage((code) => path(code, { cluster: cluster?.slug }))}
        section="news"
        atSection={!front && !cluster && page === 1}
        reader={await getReader()}
      >
        <h1>{title}</h1>
        <ClusterFilter
          label={t(locale, 'news.filter.label')}
          allLabel={t(locale, 'news.filter.all')}
          clusters={clusters.map((c) => ({
            slug: c.slug,
            name: c.name,
            lang: isTranslated(c, locale) ? undefined : 'fi',
          }))}
          current={cluster?.slug}
          href={(slug) => path(locale, { cluster: slug })}
        />
        {news.docs.length ? (
          <NewsList items={news.docs} locale={locale} />
        ) : (
          <p>{t(locale, cluster ? 'news.list.emptyCluster' : 'news.list.empty')}</p>
        )}
        <Pagination locale={locale} page={page} pages={news.totalPages} href={href} />
        <section className="subscribe-section" aria-labelledby="subscribe-heading">
          <h2 id="subscribe-heading">{t(locale, 'newsletter.heading')}</h2>
          <p>{t(locale, 'newsletter.intro')}</p>
          <Subscribe locale={locale} checked={cluster ? [cluster.slug] : []} headingLevel={3} />
        </section>
      </Shell>
    )
  }

  return { generateMetadata, NewsListPage }
}
