import type { MetadataRoute } from 'next'
import { getPayload } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import { privacyNoticeKinds, sitePaths } from '@/platform/sitePaths'
import { absoluteUrl } from '@/platform/urls'
import { isTranslated } from '@/site/content'
import config from '@payload-config'

// Read from the database at each request: the build has none, and news come and go.
export const dynamic = 'force-dynamic'

type Entry = MetadataRoute.Sitemap[number]

/** One entry per language a page exists in, each naming the others as its alternates. */
function entries(paths: Partial<Record<Locale, string>>, lastModified?: string): Entry[] {
  const languages = Object.fromEntries(
    Object.entries(paths).map(([code, path]) => [code, absoluteUrl(path)]),
  )
  return Object.values(paths).map((path) => ({
    url: absoluteUrl(path),
    lastModified,
    alternates: { languages },
  }))
}

/** Each document once, whichever languages it was found in. */
const unique = <Doc extends { id: number }>(pages: { docs: Doc[] }[]): Doc[] => [
  ...new Map(pages.flatMap(({ docs }) => docs).map((doc) => [doc.id, doc])).values(),
]

const everywhere = (path: (locale: Locale) => string) =>
  Object.fromEntries(locales.map((code) => [code, path(code)])) as Record<Locale, string>

/**
 * /sitemap.xml: every public page in each of its languages with `hreflang` alternates, as an
 * anonymous reader may see them (published news and events only, in the languages they are
 * published in).
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const payload = await getPayload({ config })
  const read = { overrideAccess: false, depth: 0 } as const
  // Per language: an item may be published in Swedish before it is in Finnish.
  const inEachLanguage = <Slug extends 'news' | 'events'>(collection: Slug, sort: string) =>
    Promise.all(
      locales.map((locale) =>
        payload.find({ collection, ...read, locale, fallbackLocale: false, limit: 5000, sort }),
      ),
    )
  const [clusters, newsPerLanguage, eventsPerLanguage] = await Promise.all([
    payload.find({
      collection: 'clusters',
      ...read,
      limit: 100,
      sort: 'displayOrder',
      select: { slug: true, updatedAt: true, translationSv: true, translationEn: true },
    }),
    inEachLanguage('news', '-publishedAt'),
    inEachLanguage('events', '-startsAt'),
  ])
  const news = unique(newsPerLanguage)
  const events = unique(eventsPerLanguage)
  const pages = [
    sitePaths.home,
    (code: Locale) => sitePaths.newsArchive(code),
    sitePaths.events,
    sitePaths.clusters,
    (code: Locale) => sitePaths.match(code),
    (code: Locale) => sitePaths.experts(code),
    (code: Locale) => sitePaths.join(code),
    sitePaths.newsletter,
    sitePaths.accessibility,
    (code: Locale) => sitePaths.privacy(code),
    ...privacyNoticeKinds.map((kind) => (code: Locale) => sitePaths.privacy(code, kind)),
  ].flatMap((path) => entries(everywhere((code) => path(code))))
  const clusterPages = clusters.docs.flatMap((cluster) =>
    entries(
      Object.fromEntries(
        locales
          .filter((code) => isTranslated(cluster, code))
          .map((code) => [code, sitePaths.cluster(code, cluster.slug)]),
      ),
      cluster.updatedAt,
    ),
  )
  const newsPages = news.flatMap((item) =>
    entries(
      Object.fromEntries(
        (item.alternates ?? []).map(({ locale, slug }) => [locale, sitePaths.news(locale, slug)]),
      ),
      item.updatedAt,
    ),
  )
  const eventPages = events.flatMap((event) =>
    entries(
      Object.fromEntries(
        (event.alternates ?? []).map(({ locale, slug }) => [locale, sitePaths.event(locale, slug)]),
      ),
      event.updatedAt,
    ),
  )
  return [...pages, ...clusterPages, ...newsPages, ...eventPages]
}
