import type { Locale } from '@/i18n/locales'

const segment = encodeURIComponent

/** Whose data a privacy notice describes: one notice per kind of person we store. */
export const privacyNoticeKinds = ['subscribers', 'companies', 'registrants'] as const
export type PrivacyNoticeKind = (typeof privacyNoticeKinds)[number]

/**
 * Paths of the public site's pages, relative to its address (`siteUrl` in ./urls). Apart from
 * the addresses because client components (the site's shell, its not-found page) use them,
 * and those should not bring the settings into the browser.
 */
/** `?name=value&…` of the values given, or nothing; page 1 is the page without a number. */
function query(values: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams()
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === '' || (name === 'page' && Number(value) <= 1)) continue
    search.set(name, String(value))
  }
  const text = search.toString()
  return text ? `?${text}` : ''
}

type ListQuery = { cluster?: string; page?: number }

export const sitePaths = {
  home: (locale: Locale, { cluster, page }: ListQuery = {}) =>
    `/${locale}${query({ cluster, page })}`,
  /** The news archive: every item of the language, ten a page, optionally of one cluster. */
  newsArchive: (locale: Locale, { cluster, page }: ListQuery = {}) =>
    `/${locale}/news${query({ cluster, page })}`,
  news: (locale: Locale, slug: string) => `/${locale}/news/${segment(slug)}`,
  events: (locale: Locale) => `/${locale}/events`,
  event: (locale: Locale, slug: string) => `/${locale}/events/${segment(slug)}`,
  search: (locale: Locale, { q, page }: { q?: string; page?: number } = {}) =>
    `/${locale}/search${query({ q, page })}`,
  /** "Which cluster is for me?": a company's need matched to clusters, people and news. */
  match: (locale: Locale, { q, municipality }: { q?: string; municipality?: string } = {}) =>
    `/${locale}/match${query({ q, municipality })}`,
  accessibility: (locale: Locale) => `/${locale}/accessibility`,
  /** The privacy notices (GDPR Art. 13): the index, or the notice of one kind of person. */
  privacy: (locale: Locale, kind?: PrivacyNoticeKind) =>
    `/${locale}/privacy${kind ? `/${kind}` : ''}`,
  clusters: (locale: Locale) => `/${locale}/clusters`,
  cluster: (locale: Locale, slug: string) => `/${locale}/clusters/${segment(slug)}`,
  experts: (locale: Locale, cluster?: string) =>
    `/${locale}/experts${cluster ? `?cluster=${segment(cluster)}` : ''}`,
  newsletter: (locale: Locale) => `/${locale}/newsletter`,
  /** The join form; `cluster` ticks that cluster, `news` records the item the reader came from. */
  join: (locale: Locale, { cluster, news }: { cluster?: string; news?: number } = {}) =>
    `/${locale}/join${query({ cluster, news })}`,
  feed: (locale: Locale) => `/api/feeds/${locale}/news.rss`,
  /** The events of the language: a calendar to subscribe to (ics) or a JSON Feed (json). */
  eventsFeed: (locale: Locale, format: 'ics' | 'json') => `/api/feeds/${locale}/events.${format}`,
  /** One event's calendar file ("add to calendar"). */
  eventCalendar: (locale: Locale, slug: string) =>
    `/api/feeds/${locale}/events.ics?event=${segment(slug)}`,
  exitPreview: (locale: Locale) => `/next/exit-preview?locale=${locale}`,
}
