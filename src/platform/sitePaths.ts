import type { Locale } from '@/i18n/locales'

const segment = encodeURIComponent

/**
 * Paths of the public site's pages, relative to its address (`siteUrl` in ./urls). Apart from
 * the addresses because client components (the site's shell, its not-found page) use them,
 * and those should not bring the settings into the browser.
 */
export const sitePaths = {
  home: (locale: Locale, query: { cluster?: string; page?: number } = {}) => {
    const search = new URLSearchParams()
    if (query.cluster) search.set('cluster', query.cluster)
    if (query.page && query.page > 1) search.set('page', String(query.page))
    const text = search.toString()
    return `/${locale}${text ? `?${text}` : ''}`
  },
  news: (locale: Locale, slug: string) => `/${locale}/news/${segment(slug)}`,
  clusters: (locale: Locale) => `/${locale}/clusters`,
  cluster: (locale: Locale, slug: string) => `/${locale}/clusters/${segment(slug)}`,
  experts: (locale: Locale, cluster?: string) =>
    `/${locale}/experts${cluster ? `?cluster=${segment(cluster)}` : ''}`,
  newsletter: (locale: Locale) => `/${locale}/newsletter`,
  /** The join form; `cluster` ticks that cluster, `news` records the item the reader came from. */
  join: (locale: Locale, query: { cluster?: string; news?: number } = {}) => {
    const search = new URLSearchParams()
    if (query.cluster) search.set('cluster', query.cluster)
    if (query.news) search.set('news', String(query.news))
    const text = search.toString()
    return `/${locale}/join${text ? `?${text}` : ''}`
  },
  feed: (locale: Locale) => `/api/feeds/${locale}/news.rss`,
  exitPreview: (locale: Locale) => `/next/exit-preview?locale=${locale}`,
}
