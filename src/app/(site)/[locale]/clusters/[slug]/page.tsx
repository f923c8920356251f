import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale, locales, type Locale } from '@/i18n/locales'
import { clusterImpact } from '@/impact/clusterImpact'
import type { Cluster, Contact, Expert } from '@/payload-types'
import { sitePaths } from '@/platform/sitePaths'
import { Body } from '@/site/components/Body'
import { ImpactFigures } from '@/site/components/ImpactFigures'
import { NewsList } from '@/site/components/NewsList'
import { ContactCard, ExpertCard, populated } from '@/site/components/People'
import { Shell } from '@/site/components/Shell'
import { Subscribe } from '@/site/components/Subscribe'
import { findClusterBySlug, findNewsPage, isTranslated } from '@/site/content'
import { t } from '@/site/i18n'
import { pageMetadata } from '@/site/metadata'
import { notFoundMetadata, type SlugParams } from '@/site/params'
import { getReader } from '@/site/reader'

type Props = { params: SlugParams }

async function clusterOf(params: SlugParams): Promise<{ locale?: Locale; cluster?: Cluster }> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  return { locale, cluster: await findClusterBySlug(locale, slug) }
}

/** The languages the cluster's texts are written in (untranslated pages show Finnish). */
const languagesOf = (cluster: Cluster): Partial<Record<Locale, string>> =>
  Object.fromEntries(
    locales
      .filter((code) => isTranslated(cluster, code))
      .map((code) => [code, sitePaths.cluster(code, cluster.slug)]),
  )

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, cluster } = await clusterOf(params)
  if (!locale || !cluster) return notFoundMetadata(locale)
  return pageMetadata(locale, {
    title: cluster.meta?.title || cluster.name,
    absoluteTitle: Boolean(cluster.meta?.title),
    description: cluster.meta?.description || cluster.shortDescription,
    languages: languagesOf(cluster),
  })
}

/**
 * A cluster: what it does, what it has achieved with companies and how to join, who
 * coordinates it and whom to contact, and its newest news.
 */
export default async function ClusterPage({ params }: Props) {
  const { locale, cluster } = await clusterOf(params)
  if (!locale || !cluster) notFound()
  const reader = await getReader()
  const [news, impact] = await Promise.all([
    findNewsPage(locale, { clusterId: cluster.id }),
    clusterImpact(reader.payload, cluster.id, locale),
  ])
  const translated = isTranslated(cluster, locale)
  const lang = translated ? undefined : 'fi'
  const coordinator =
    typeof cluster.coordinator === 'object' && cluster.coordinator
      ? (cluster.coordinator as Expert)
      : null
  const contacts = populated<Contact>(cluster.contacts)
  return (
    <Shell locale={locale} languages={languagesOf(cluster)} section="clusters" reader={reader}>
      <article className="cluster">
        <h1 lang={lang}>{cluster.name}</h1>
        {translated ? null : <p className="notice">{t(locale, 'clusters.untranslated')}</p>}
        {cluster.shortDescription ? (
          <p className="lead" lang={lang}>
            {cluster.shortDescription}
          </p>
        ) : null}
        <Body data={cluster.description} locale={locale} lang={lang} />
        {cluster.focusAreas?.length ? (
          <section aria-labelledby="focus-heading">
            <h2 id="focus-heading">{t(locale, 'clusters.focusAreas')}</h2>
            <ul lang={lang}>
              {cluster.focusAreas.map((area) => (
                <li key={area}>{area}</li>
              ))}
            </ul>
          </section>
        ) : null}
        {cluster.hostOrganisations?.length || cluster.website ? (
          <dl className="facts">
            {cluster.hostOrganisations?.length ? (
              <>
                <dt>{t(locale, 'clusters.hosts')}</dt>
                <dd>{cluster.hostOrganisations.join(', ')}</dd>
              </>
            ) : null}
            {cluster.website ? (
              <>
                <dt>{t(locale, 'clusters.website')}</dt>
                <dd>
                  <a href={cluster.website}>{cluster.website.replace(/^https?:\/\//, '')}</a>
                </dd>
              </>
            ) : null}
          </dl>
        ) : null}
        <ImpactFigures impact={impact} locale={locale} />
        <section className="join-cta" aria-labelledby="join-heading">
          <h2 id="join-heading">{t(locale, 'join.cta.cluster.heading')}</h2>
          <p>{t(locale, 'join.cta.cluster.text')}</p>
          <p>
            <a className="button-link" href={sitePaths.join(locale, { cluster: cluster.slug })}>
              {t(locale, 'join.cta.cluster.link')}
            </a>
          </p>
        </section>
        {coordinator || contacts.length ? (
          <section aria-labelledby="contacts-heading">
            <h2 id="contacts-heading">{t(locale, 'clusters.contacts')}</h2>
            <ul className="people">
              {coordinator ? (
                <li>
                  <p className="label">{t(locale, 'clusters.coordinator')}</p>
                  <ExpertCard expert={coordinator} locale={locale} />
                </li>
              ) : null}
              {contacts.map((contact) => (
                <li key={contact.id}>
                  <ContactCard contact={contact} locale={locale} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section aria-labelledby="news-heading">
          <h2 id="news-heading">{t(locale, 'clusters.news')}</h2>
          {news.docs.length ? (
            <>
              <NewsList items={news.docs} locale={locale} level={3} />
              <p>
                <a href={sitePaths.home(locale, { cluster: cluster.slug })}>
                  {t(locale, 'clusters.allNews', { cluster: cluster.name })}
                </a>
              </p>
            </>
          ) : (
            <p>{t(locale, 'clusters.noNews')}</p>
          )}
        </section>
      </article>
      <section className="subscribe-section" aria-labelledby="subscribe-heading">
        <h2 id="subscribe-heading">{t(locale, 'newsletter.heading')}</h2>
        <p>{t(locale, 'newsletter.intro')}</p>
        <Subscribe locale={locale} checked={[cluster.slug]} headingLevel={3} />
      </section>
    </Shell>
  )
}
