import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { apiLimits } from '@/platform/apiLimits'
import type { Chosen, PublishedPageQuery } from '@collections/News/publishedPage'

import type { Caller } from './caller'

export type Page = { docs: { id: number }[] } & Record<string, unknown>

// The plain list a partner site asks for most: a language, newest first, pages, a slug.
const plainListParams =
  /^(locale|fallback-locale|fallbackLocale|depth|limit|page|where\[slug\]\[equals\])$/
const payloadParams = /^(where|sort|limit|page|pagination|draft|trash|joins|select|populate)(\[|$)/
const wholeNumber = /^[1-9]\d{0,5}$/

/**
 * The language, slug and page of a plain news list that the reader reads without a cluster
 * scope, else undefined (Payload chooses). Payload ignores parameters it does not know.
 */
export function plainNewsList(
  caller: Caller,
  params: URLSearchParams,
): PublishedPageQuery | undefined {
  for (const name of params.keys()) {
    if (payloadParams.test(name) && !plainListParams.test(name)) return undefined
    if (params.getAll(name).length > 1) return undefined
  }
  const scope = caller.kind === 'partner' ? caller.partner : undefined
  if (scope?.scopeClusters?.length) return undefined
  const asked = params.get('locale')
  // A partner of some languages reads its first by default, and is refused others: Payload's.
  if (scope?.scopeLocales?.length && !(asked && scope.scopeLocales.includes(asked as Locale))) {
    return undefined
  }
  const locale = asked ?? defaultLocale
  const limit = params.get('limit') ?? '10'
  const page = params.get('page') ?? '1'
  if (!isLocale(locale) || !wholeNumber.test(limit) || !wholeNumber.test(page)) return undefined
  if (Number(limit) > apiLimits.maxPageSize) return undefined
  const slug = params.get('where[slug][equals]') ?? undefined
  return { locale, slug, limit: Number(limit), page: Number(page) }
}

/** Payload's page around the chosen ids, field for field as its database adapter writes it. */
export function pageAround({ ids, totalDocs }: Chosen, limit: number, page: number): Page {
  const docs = ids.map((id) => ({ id }))
  if (!ids.length) {
    return {
      docs,
      hasNextPage: false,
      hasPrevPage: false,
      limit,
      nextPage: null,
      page: 1,
      pagingCounter: 0,
      prevPage: null,
      totalDocs: 0,
      totalPages: 0,
    }
  }
  const totalPages = Math.ceil(totalDocs / limit)
  const hasPrevPage = page > 1
  const hasNextPage = totalPages > page
  return {
    docs,
    hasNextPage,
    hasPrevPage,
    limit,
    nextPage: hasNextPage ? page + 1 : null,
    page,
    pagingCounter: (page - 1) * limit + 1,
    prevPage: hasPrevPage ? page - 1 : null,
    totalDocs,
    totalPages,
  }
}
