import type { Locale } from '@/i18n/locales'
import type { Cluster, Media, News } from '@/payload-types'
import { sitePaths } from '@/platform/sitePaths'
import { formatDate, t } from '@/site/i18n'

import { populated } from './People'

type Item = Pick<
  News,
  'id' | 'title' | 'slug' | 'summary' | 'publishedAt' | 'clusters' | 'heroImage'
>

/** The item's picture at thumbnail size; none where it has no file the reader may fetch. */
function Thumbnail({ image }: { image: Item['heroImage'] }) {
  if (typeof image !== 'object' || !image) return null
  const media = image as Media
  const size = media.sizes?.thumbnail?.url ? media.sizes.thumbnail : media
  if (!size.url) return null
  return (
    // The title beside it names the item: the picture adds nothing for a screen reader.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      className="news-card__image"
      src={size.url}
      alt=""
      width={size.width ?? undefined}
      height={size.height ?? undefined}
      loading="lazy"
    />
  )
}

/** News as a list of titles linking to the items, with picture, date, lead and clusters. */
export function NewsList({
  items,
  locale,
  level = 2,
}: {
  items: Item[]
  locale: Locale
  level?: 2 | 3
}) {
  const Heading = `h${level}` as const
  return (
    <ul className="news-list">
      {items.map((item) => (
        <li key={item.id}>
          <article
            className={
              typeof item.heroImage === 'object' && item.heroImage
                ? 'news-card news-card--with-image'
                : 'news-card'
            }
          >
            <Thumbnail image={item.heroImage} />
            <div>
              <Heading>
                <a href={sitePaths.news(locale, item.slug)}>{item.title}</a>
              </Heading>
              {item.publishedAt ? (
                <p className="meta">
                  <time dateTime={item.publishedAt}>{formatDate(locale, item.publishedAt)}</time>
                </p>
              ) : null}
              {item.summary ? <p>{item.summary}</p> : null}
              {populated<Cluster>(item.clusters).length ? (
                <p className="meta">
                  <span className="visually-hidden">{t(locale, 'news.clusters')}: </span>
                  {populated<Cluster>(item.clusters)
                    .map((cluster) => cluster.name)
                    .join(' · ')}
                </p>
              ) : null}
            </div>
          </article>
        </li>
      ))}
    </ul>
  )
}

/** Links to newer and older pages of a list; plain links, so they work without JavaScript. */
export function Pagination({
  locale,
  page,
  pages,
  href,
}: {
  locale: Locale
  page: number
  pages: number
  href: (page: number) => string
}) {
  if (pages <= 1) return null
  return (
    <nav className="pagination" aria-label={t(locale, 'news.pagination.label')}>
      <ul>
        {page > 1 ? (
          <li>
            <a href={href(page - 1)} rel="prev">
              {t(locale, 'news.pagination.newer')}
            </a>
          </li>
        ) : null}
        <li aria-current="page">{t(locale, 'news.pagination.status', { page, pages })}</li>
        {page < pages ? (
          <li>
            <a href={href(page + 1)} rel="next">
              {t(locale, 'news.pagination.older')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}

/** A row of links that filter a list by cluster, the chosen one marked current. */
export function ClusterFilter({
  label,
  allLabel,
  clusters,
  current,
  href,
}: {
  label: string
  allLabel: string
  clusters: { slug: string; name: string; lang?: string }[]
  current?: string
  href: (cluster?: string) => string
}) {
  return (
    <nav className="cluster-filter" aria-label={label}>
      <ul>
        <li>
          <a href={href()} aria-current={current ? undefined : 'page'}>
            {allLabel}
          </a>
        </li>
        {clusters.map((cluster) => (
          <li key={cluster.slug}>
            <a
              href={href(cluster.slug)}
              lang={cluster.lang}
              aria-current={cluster.slug === current ? 'page' : undefined}
            >
              {cluster.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
