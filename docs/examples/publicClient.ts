/**
 * A typed client of the newsroom's public API, for a partner site: the public collections and
 * search and match, nothing staff-only. No dependencies; copy this file. The types follow
 * /api/openapi.json; test/e2e/partnerFrontDoor.ts runs the client against `npm run dev` and
 * checks at compile time that the app's own types still fit them.
 */
export type Locale = 'fi' | 'sv' | 'en'

/** An id at depth 0, the document deeper. */
export type Relation<T> = number | T

/** Lexical rich text, as stored. */
export type RichText = { root: { type: string; children: unknown[]; [key: string]: unknown } }

export type Image = {
  id: number
  alt: string
  caption?: string | null
  credit?: string | null
  url?: string | null
  width?: number | null
  height?: number | null
  mimeType?: string | null
  sizes?: Partial<
    Record<
      'thumbnail' | 'card' | 'hero',
      { url?: string | null; width?: number | null; height?: number | null }
    >
  >
}

export type Expert = {
  id: number
  name: string
  slug: string
  title?: string | null
  organisation?: string | null
  email?: string | null
  phone?: string | null
  expertiseAreas?: string[] | null
  bio?: string | null
  photo?: Relation<Image> | null
  clusters?: Relation<Cluster>[] | null
  languages?: string[] | null
}

export type Contact = {
  id: number
  kind: 'person' | 'office'
  name: string
  role?: string | null
  organisation?: string | null
  email?: string | null
  phone?: string | null
  clusters?: Relation<Cluster>[] | null
  expert?: Relation<Expert> | null
}

export type Cluster = {
  id: number
  name: string
  slug: string
  shortDescription?: string | null
  description?: RichText | null
  focusAreas?: string[] | null
  hostOrganisations?: string[] | null
  website?: string | null
  logo?: Relation<Image> | null
  coordinator?: Relation<Expert> | null
  contacts?: Relation<Contact>[] | null
  displayOrder: number
}

export type NewsItem = {
  id: number
  title: string
  slug: string
  summary?: string | null
  body?: RichText | null
  heroImage?: Relation<Image> | null
  byline?: string | null
  publishedAt?: string | null
  clusters?: Relation<Cluster>[] | null
  experts?: Relation<Expert>[] | null
  contacts?: Relation<Contact>[] | null
  externalLinks?: { url: string; label: string }[] | null
  /** The languages that really have this item, for hreflang links. */
  alternates?: { locale: Locale; slug: string; url: string }[]
  /** The language each text is really in (Finnish where it fell back). */
  contentLocales?: Partial<Record<'title' | 'summary' | 'body' | 'byline', Locale | null>>
}

export type PublicCollections = {
  news: NewsItem
  clusters: Cluster
  experts: Expert
  contacts: Contact
  media: Image
}

type Pages<T> = { docs: T[]; totalDocs: number; limit: number; page: number; totalPages: number }

export type Page<T> = Pages<T> & { hasNextPage: boolean; hasPrevPage: boolean }

export type Query = {
  locale?: Locale
  fallbackLocale?: Locale | 'none'
  depth?: 0 | 1 | 2 | 3
  /** 1–100. */
  limit?: number
  page?: number
  /** A field, `-` first for descending: `-publishedAt`. */
  sort?: string
  /** Payload's query: `{ 'clusters.slug': { equals: 'arctic-design' } }`. */
  where?: Record<string, unknown>
}

export type SearchHit = {
  collection: 'news' | 'clusters' | 'experts'
  id: number
  slug: string | null
  /** HTML: the matches in <mark>, the rest escaped. */
  title: string
  snippet: string
  publishedAt: string | null
  url?: string
}

export type MatchResult = {
  clusters: {
    id: number
    slug: string
    name: string
    shortDescription: string | null
    reason: string
  }[]
  experts: { id: number; slug: string; name: string; email: string | null; reason: string }[]
  news: { id: number; slug: string; title: string; url: string; reason: string }[]
}

/** A refused request: the status and the API's reason, in the language asked for. */
export class NewsroomError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

/** `{ a: { b: 1 } }` → `a[b]=1`, the way Payload reads nested query parameters. */
function flatten(prefix: string, value: unknown, into: URLSearchParams) {
  if (value === undefined) return
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) flatten(`${prefix}[${key}]`, inner, into)
  } else into.append(prefix, String(value))
}

export function newsroomClient(
  baseUrl: string,
  options: { apiKey?: string; language?: Locale } = {},
) {
  const headers: Record<string, string> = { 'Accept-Language': options.language ?? 'en' }
  if (options.apiKey) headers.Authorization = `partners API-Key ${options.apiKey}`

  async function get<T>(path: string, query: Record<string, unknown>): Promise<T> {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries(query)) {
      if (key === 'where') flatten('where', value, params)
      else if (value !== undefined)
        params.set(key === 'fallbackLocale' ? 'fallback-locale' : key, String(value))
    }
    const response = await fetch(`${baseUrl}/api/${path}?${params}`, { headers })
    const body = await response.json()
    if (!response.ok) throw new NewsroomError(response.status, body.errors?.[0]?.message ?? '')
    return body as T
  }

  return {
    find: <C extends keyof PublicCollections>(collection: C, query: Query = {}) =>
      get<Page<PublicCollections[C]>>(collection, query),
    findById: <C extends keyof PublicCollections>(
      collection: C,
      id: number,
      query: Omit<Query, 'where' | 'limit' | 'page' | 'sort'> = {},
    ) => get<PublicCollections[C]>(`${collection}/${id}`, query),
    search: (
      q: string,
      query: { locale?: Locale; type?: string; page?: number; limit?: number } = {},
    ) => get<Pages<SearchHit>>('search', { q, ...query }),
    match: (q: string, query: { locale?: Locale; industry?: string; municipality?: string } = {}) =>
      get<MatchResult>('match', { q, ...query }),
  }
}
