import { cache } from 'react'

import { defaultLocale, type Locale } from '@/i18n/locales'
import type { Cluster, News } from '@/payload-types'

import { getReader, readAs } from './reader'

export const newsPageSize = 10

/**
 * News published in `locale`, newest first. No fallback language: a reader sees an item in a
 * language only once it is published in it.
 */
export async function findNewsPage(locale: Locale, { page = 1, clusterId = 0 } = {}) {
  const reader = await getReader()
  return reader.payload.find({
    collection: 'news',
    ...readAs(reader),
    locale,
    fallbackLocale: false,
    where: clusterId ? { clusters: { in: [clusterId] } } : undefined,
    sort: '-publishedAt',
    limit: newsPageSize,
    page,
    depth: 1,
    select: {
      title: true,
      slug: true,
      summary: true,
      publishedAt: true,
      clusters: true,
      heroImage: true,
    },
  })
}

/** One news item by its slug in `locale`, with its people and clusters; once per request. */
export const findNewsBySlug = cache(async (locale: Locale, slug: string) => {
  const reader = await getReader()
  const { docs } = await reader.payload.find({
    collection: 'news',
    ...readAs(reader),
    locale,
    fallbackLocale: false,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
  })
  return docs[0] as News | undefined
})

/** The slug of an item in each language it has one in, for the switcher in preview. */
export async function draftSlugs(id: number): Promise<Partial<Record<Locale, string>>> {
  const reader = await getReader()
  const doc = await reader.payload.findByID({
    collection: 'news',
    id,
    ...readAs(reader),
    locale: 'all',
    depth: 0,
    disableErrors: true,
    select: { slug: true },
  })
  const slugs = (doc?.slug ?? {}) as unknown as Partial<Record<Locale, string | null>>
  return Object.fromEntries(Object.entries(slugs).filter(([, slug]) => slug)) as Partial<
    Record<Locale, string>
  >
}

/**
 * Clusters and people are shared reference data: a text not yet translated is shown in
 * Finnish, and `translated` says which pages are.
 */
const referenceRead = (locale: Locale) => ({ locale, fallbackLocale: defaultLocale })

export const findClusters = cache(async (locale: Locale) => {
  const reader = await getReader()
  const { docs } = await reader.payload.find({
    collection: 'clusters',
    ...readAs(reader),
    ...referenceRead(locale),
    sort: 'displayOrder',
    limit: 50,
    depth: 0,
    select: {
      name: true,
      slug: true,
      shortDescription: true,
      translationSv: true,
      translationEn: true,
    },
  })
  return docs
})

export const findClusterBySlug = cache(async (locale: Locale, slug: string) => {
  const reader = await getReader()
  const { docs } = await reader.payload.find({
    collection: 'clusters',
    ...readAs(reader),
    ...referenceRead(locale),
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
  })
  return docs[0] as Cluster | undefined
})

export async function findExperts(locale: Locale) {
  const reader = await getReader()
  const { docs } = await reader.payload.find({
    collection: 'experts',
    ...readAs(reader),
    ...referenceRead(locale),
    sort: 'name',
    limit: 100,
    depth: 0,
  })
  return docs
}

/** Whether a cluster's or expert's texts exist in `locale` (Finnish, the source, always does). */
export const isTranslated = (
  doc: { translationSv?: string | null; translationEn?: string | null },
  locale: Locale,
): boolean =>
  locale === defaultLocale ||
  (locale === 'sv' ? doc.translationSv : doc.translationEn) !== 'missing'
