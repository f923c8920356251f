import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale, type Locale } from '@/i18n/locales'
import type { Cluster, Contact, Expert, Media, News } from '@/payload-types'
import { sitePaths } from '@/platform/sitePaths'
import { Body } from '@/site/components/Body'
import { ExternalLinks } from '@/site/components/ExternalLinks'
import { ExpertCard, populated } from '@/site/components/People'
import { ClusterLinks, ContactsSection } from '@/site/components/RelatedSections'
import { Shell } from '@/site/components/Shell'
import { draftSlugs, findNewsBySlug } from '@/site/content'
import { formatDate, t } from '@/site/i18n'
import { pageMetadata } from '@/site/metadata'
import { notFoundMetadata, type SlugParams } from '@/site/params'
import { getReader } from '@/site/reader'

type Props = { params: SlugParams }

/** The item at this address, if a reader (or the editor in preview) may see it. */
async function itemOf(params: SlugParams): Promise<{ locale?: Locale; item?: News }> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  return { locale, item: await findNewsBySlug(locale, slug) }
}

/**
 * The item's page in each language it is published in (`alternates`); in preview, every
 * language it has a slug in, drafts included.
 */
async function languagesOf(item: News): Promise<Partial<Record<Locale, string>>> {
  const { preview } = await getReader()
  const slugs = preview
    ? await draftSlugs(item.id)
    : Object.fromEntries((item.alternates ?? []).map(({ locale, slug }) => [locale, slug]))
  return Object.fromEntries(
    Object.entries(slugs).map(([code, slug]) => [code, sitePaths.news(code as Locale, slug!)]),
  )
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, item } = await itemOf(params)
  if (!locale || !item) return notFoundMetadata(locale)
  return pageMetadata(locale, {
    title: item.meta?.title || item.title,
    absoluteTitle: Boolean(item.meta?.title),
    description: item.meta?.description || item.summary,
    languages: await languagesOf(item),
    type: 'article',
    image: shareImage(item),
    publishedTime: item.publishedAt,
  })
}

/** The picture a share of the item shows: the SEO plugin's, else the hero, at card size. */
function shareImage(item: News) {
  const image = [item.meta?.image, item.heroImage].find(
    (candidate): candidate is Media => typeof candidate === 'object' && candidate !== null,
  )
  const size = image?.sizes?.card?.url ? image.sizes.card : image
  if (!image || !size?.url) return undefined
  return { url: size.url, width: size.width, height: size.height, alt: image.alt }
}

/** The language of a text where it is not the page's (text filled in from another language). */
const langOf = (item: News, locale: Locale, field: 'title' | 'summary' | 'body' | 'byline') => {
  const language = item.contentLocales?.[field]
  return language && language !== locale ? language : undefined
}

function Hero({ image }: { image: Media }) {
  const size = image.sizes?.hero?.url ? image.sizes.hero : image
  if (!size.url) return null
  return (
    <figure className="hero">
      {/* Width and height reserve the image's space before it loads. Payload has made the
          sized file already, so Next's optimizer would only resize it twice. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={size.url}
        alt={image.alt}
        width={size.width ?? undefined}
        height={size.height ?? undefined}
      />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption} {image.credit ? <span className="credit">{image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}

/** One news item: title, lead, date and byline, body, links, people to ask and its clusters. */
export default async function NewsItemPage({ params }: Props) {
  const { locale, item } = await itemOf(params)
  if (!locale || !item) notFound()
  const reader = await getReader()
  const clusters = populated<Cluster>(item.clusters)
  const experts = populated<Expert>(item.experts)
  const contacts = populated<Contact>(item.contacts)
  const hero = typeof item.heroImage === 'object' && item.heroImage ? item.heroImage : null
  return (
    <Shell locale={locale} languages={await languagesOf(item)} section="news" reader={reader}>
      <article className="news-item">
        <header>
          <h1 lang={langOf(item, locale, 'title')}>{item.title}</h1>
          {item.summary ? (
            <p className="lead" lang={langOf(item, locale, 'summary')}>
              {item.summary}
            </p>
          ) : null}
          <p className="meta">
            {item.publishedAt ? (
              <>
                {t(locale, 'news.published')}{' '}
                <time dateTime={item.publishedAt}>{formatDate(locale, item.publishedAt)}</time>
              </>
            ) : null}
            {item.publishedAt && item.byline ? <span aria-hidden="true"> · </span> : null}
            {item.byline ? (
              <>
                {item.publishedAt ? <span className="visually-hidden">. </span> : null}
                {t(locale, 'news.byline')}:{' '}
                <span lang={langOf(item, locale, 'byline')}>{item.byline}</span>
              </>
            ) : null}
          </p>
        </header>
        {hero ? <Hero image={hero} /> : null}
        <Body data={item.body} locale={locale} lang={langOf(item, locale, 'body')} />
        <ExternalLinks links={item.externalLinks} locale={locale} />
        <ContactsSection
          id="contacts-heading"
          heading={t(locale, 'news.contacts')}
          contacts={contacts}
          locale={locale}
        />
        {experts.length ? (
          <section aria-labelledby="experts-heading">
            <h2 id="experts-heading">{t(locale, 'news.experts')}</h2>
            <ul className="people">
              {experts.map((expert) => (
                <li key={expert.id}>
                  <ExpertCard expert={expert} locale={locale} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <ClusterLinks heading={t(locale, 'news.clusters')} clusters={clusters} locale={locale} />
      </article>
      <section className="join-cta" aria-labelledby="join-heading">
        <h2 id="join-heading">{t(locale, 'join.cta.news.heading')}</h2>
        <p>{t(locale, 'join.cta.news.text')}</p>
        <p>
          <a
            className="button-link"
            href={sitePaths.join(locale, {
              news: item.id,
              cluster: clusters.length === 1 ? clusters[0]!.slug : undefined,
            })}
          >
            {t(locale, 'join.cta.news.link')}
          </a>
        </p>
      </section>
    </Shell>
  )
}
