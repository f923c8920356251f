import type { Payload } from 'payload'

import { translate } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import { clustersForIndustry, industryDivision } from '@/lapland/industries'
import { municipalityName } from '@/lapland/municipalities'
import type { Cluster, Expert } from '@/payload-types'
import { appPool } from '@/platform/database/pool'
import { newsUrl } from '@/platform/urls'
import { headlineOptions, markedWords } from '@/search/highlight'
import { rankedNewsLimit } from '@/search/searchIndex'

export type Need = {
  locale: Locale
  q: string
  industry?: string
  municipality?: string
  /** A partner's clusters: news of others is neither shown nor counted. Empty means all. */
  newsClusters: number[]
}

type Scored = { doc_id: number; rank: number; marked: string | null; clusters: number[] }

// Marks matches in short fragments only: the reasons quote the words, not the text.
const markOptions = headlineOptions('MaxFragments=6, MaxWords=8, MinWords=3')

/** The need's words as a tsquery (any of them), or null when none is a word. */
async function needQuery(payload: Payload, { locale, q }: Need): Promise<string | null> {
  const { rows } = await appPool(payload).query<{ need: string | null }>(
    'SELECT search.query($1, $2, true)::text AS need',
    [locale, q],
  )
  return rows[0]?.need ?? null
}

/**
 * The entries of one collection matching the need (any of its words), best first, among the
 * newest `rankedNewsLimit` matches: a need's common words match most of the archive, and
 * ranking all of it took seconds at 100,000 items (docs/decisions.md, "Search ranks a bounded
 * set"). The tsquery comes as a value, planned for (an unnamed statement).
 */
async function matching(
  payload: Payload,
  { locale, newsClusters }: Need,
  need: string | null,
  collection: 'clusters' | 'experts' | 'news',
  limit: number,
) {
  if (!need) return []
  const { rows } = await appPool(payload).query<Scored & { published_at: Date | null }>(
    `WITH candidates AS (
       SELECT e.doc_id, e.clusters, e.published_at, e.title, e.body, e.tsv
       FROM search.entries e
       WHERE e.locale = $1 AND e.collection = $3 AND e.tsv @@ $2::tsquery
         AND (cardinality($6::int[]) = 0 OR e.collection <> 'news' OR e.clusters && $6::int[])
       ORDER BY e.published_at DESC NULLS LAST, e.doc_id DESC
       LIMIT $7)
     SELECT c.doc_id, c.clusters, c.published_at, ts_rank(c.tsv, $2::tsquery) AS rank,
       ts_headline(search.config($1), c.title || '. ' || c.body, $2::tsquery, $4) AS marked
     FROM candidates c
     ORDER BY rank DESC, c.published_at DESC NULLS LAST LIMIT $5`,
    [locale, need, collection, markOptions, limit, newsClusters, rankedNewsLimit],
  )
  return rows.map((row) => ({ ...row, rank: Number(row.rank) }))
}

/** Which of the news items `ids` mention the municipality, by its name in the language asked. */
async function mentioning(
  payload: Payload,
  locale: Locale,
  place: string,
  ids: number[],
): Promise<Set<number>> {
  const { rows } = await appPool(payload).query<{ doc_id: number }>(
    `SELECT doc_id FROM search.entries
     WHERE locale = $1 AND collection = 'news' AND doc_id = ANY($3::int[])
       AND tsv @@ search.query($1, $2, true, false)`,
    [locale, place, ids],
  )
  return new Set(rows.map((row) => row.doc_id))
}

const list = (items: string[]) => items.join(', ')
const lower = (text: string) => text.toLocaleLowerCase()

const stemOf = (word: string) => lower(word).slice(0, Math.max(4, word.length - 2))

/** Focus areas naming words the need matched, those naming most first (a reason people read). */
function areasMatching(areas: string[] | null | undefined, words: string[]) {
  const hits = (area: string) => words.filter((word) => lower(area).includes(stemOf(word))).length
  return (areas ?? [])
    .map((area) => ({ area, hits: hits(area) }))
    .filter((entry) => entry.hits > 0)
    .sort((a, b) => b.hits - a.hits)
    .map((entry) => entry.area)
}

/**
 * Which clusters suit a company's need, whom to contact and what to read: the need's words
 * against the search index (clusters, their news and experts), the industry's usual clusters,
 * and the municipality named in news; each answer with a one-line reason in the language asked.
 */
export async function matchNeed(payload: Payload, need: Need) {
  const { locale } = need
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string>) =>
    translate(locale, key, values)
  const query = await needQuery(payload, need)
  const [clusterHits, expertHits, newsHits] = await Promise.all([
    matching(payload, need, query, 'clusters', 20),
    matching(payload, need, query, 'experts', 20),
    matching(payload, need, query, 'news', 20),
  ])
  const { docs: clusters } = await payload.find({
    collection: 'clusters',
    locale,
    depth: 0,
    limit: 100,
    select: { name: true, slug: true, shortDescription: true, focusAreas: true, coordinator: true },
  })
  const industrySlugs = clustersForIndustry(need.industry)
  const division = industryDivision(need.industry)

  const scored = clusters.map((cluster) => {
    const own = clusterHits.find((hit) => hit.doc_id === cluster.id)
    const related = [...expertHits, ...newsHits].filter((hit) => hit.clusters.includes(cluster.id))
    const relatedRank = Math.min(
      1,
      related.reduce((sum, hit) => sum + hit.rank, 0),
    )
    const byIndustry = industrySlugs.includes(cluster.slug)
    const score = (own?.rank ?? 0) + 0.3 * relatedRank + (byIndustry ? 0.1 : 0)
    return { cluster, own, relatedRank, byIndustry, score }
  })
  const ranked = scored
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)

  const clusterReason = ({ cluster, own, byIndustry }: (typeof ranked)[number]) => {
    const words = markedWords(own?.marked ?? null, 4)
    const areas = areasMatching(cluster.focusAreas, markedWords(own?.marked ?? null, 20))
    const first = areas.length
      ? t('match.reason.cluster.focus', { areas: list(areas.slice(0, 2)) })
      : words.length
        ? t('match.reason.cluster.text', { words: list(words) })
        : byIndustry
          ? ''
          : t('match.reason.cluster.related')
    const industry = byIndustry && division ? t('match.reason.cluster.industry', { division }) : ''
    return [first, industry].filter(Boolean).join(' ')
  }

  const topIds = ranked.map((entry) => entry.cluster.id)
  const experts = await rankExperts(
    payload,
    need,
    ranked.map((entry) => entry.cluster),
    expertHits,
  )
  const place = need.municipality ? municipalityName(need.municipality, locale) : undefined
  const inPlace = place
    ? await mentioning(
        payload,
        locale,
        place,
        newsHits.map((hit) => hit.doc_id),
      )
    : new Set<number>()
  const news = await rankNews(payload, need, newsHits, topIds, inPlace, place, clusters)

  return {
    locale,
    q: need.q,
    industry: division ? { code: need.industry, division } : undefined,
    municipality: need.municipality ? { code: need.municipality, name: place } : undefined,
    clusters: ranked.map((entry) => ({
      id: entry.cluster.id,
      slug: entry.cluster.slug,
      name: entry.cluster.name,
      shortDescription: entry.cluster.shortDescription ?? null,
      score: Math.round(entry.score * 1000) / 1000,
      reason: clusterReason(entry),
    })),
    experts,
    news,
  }

  async function rankExperts(
    payload: Payload,
    { locale }: Need,
    top: Pick<Cluster, 'id' | 'name' | 'coordinator'>[],
    hits: Scored[],
  ) {
    const coordinatorOf = new Map<number, string>()
    for (const cluster of top) {
      const id =
        typeof cluster.coordinator === 'object' ? cluster.coordinator?.id : cluster.coordinator
      if (id && !coordinatorOf.has(id)) coordinatorOf.set(id, cluster.name)
    }
    const inTop = (hit: Scored) => hit.clusters.some((id) => topIds.includes(id))
    const order = [
      ...coordinatorOf.keys(),
      ...hits.filter(inTop).map((hit) => hit.doc_id),
      ...hits.filter((hit) => !inTop(hit)).map((hit) => hit.doc_id),
    ]
    const ids = [...new Set(order)].slice(0, 5)
    if (!ids.length) return []
    const { docs } = await payload.find({
      collection: 'experts',
      where: { id: { in: ids } },
      locale,
      depth: 0,
      limit: ids.length,
    })
    const byId = new Map(docs.map((doc) => [doc.id, doc as Expert]))
    return ids.flatMap((id) => {
      const expert = byId.get(id)
      if (!expert) return []
      const hit = hits.find((candidate) => candidate.doc_id === id)
      const areas = areasMatching(expert.expertiseAreas, markedWords(hit?.marked ?? null, 20))
      const cluster = top.find((c) =>
        (expert.clusters ?? []).some((e) => (typeof e === 'object' ? e.id : e) === c.id),
      )
      const reason = coordinatorOf.has(id)
        ? t('match.reason.expert.coordinator', { cluster: coordinatorOf.get(id)! })
        : areas.length
          ? t('match.reason.expert.expertise', { areas: list(areas.slice(0, 2)) })
          : cluster
            ? t('match.reason.expert.cluster', { cluster: cluster.name })
            : t('match.reason.news.words', { words: list(markedWords(hit?.marked ?? null)) })
      return [
        {
          id,
          slug: expert.slug,
          name: expert.name,
          title: expert.title ?? null,
          organisation: expert.organisation ?? null,
          email: expert.email ?? null,
          phone: expert.phone ?? null,
          reason,
        },
      ]
    })
  }
}

async function rankNews(
  payload: Payload,
  { locale }: Need,
  hits: (Scored & { published_at: Date | null })[],
  topIds: number[],
  inPlace: Set<number>,
  place: string | undefined,
  clusters: Pick<Cluster, 'id' | 'name'>[],
) {
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string>) =>
    translate(locale, key, values)
  const now = Date.now()
  const yearsOld = (date: Date | null) =>
    date ? Math.max(0, (now - new Date(date).getTime()) / (365 * 24 * 3600 * 1000)) : 5
  const scored = hits
    .map((hit) => {
      const ofTop = hit.clusters.some((id) => topIds.includes(id))
      const here = inPlace.has(hit.doc_id)
      const score =
        (hit.rank + (ofTop ? 0.05 : 0) + (here ? 0.05 : 0)) / (1 + yearsOld(hit.published_at))
      return { hit, ofTop, here, score }
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, 5)
  if (!scored.length) return []
  const { docs } = await payload.find({
    collection: 'news',
    where: { id: { in: scored.map((entry) => entry.hit.doc_id) } },
    locale,
    fallbackLocale: false,
    depth: 0,
    limit: scored.length,
    select: { title: true, slug: true, summary: true, publishedAt: true },
  })
  return scored.flatMap(({ hit, ofTop, here }) => {
    const item = docs.find((doc) => doc.id === hit.doc_id)
    if (!item?.slug) return []
    const words = markedWords(hit.marked)
    const cluster = clusters.find(
      (c) => ofTop && hit.clusters.includes(c.id) && topIds.includes(c.id),
    )
    const reason = [
      words.length ? t('match.reason.news.words', { words: list(words) }) : '',
      here && place ? t('match.reason.news.municipality', { municipality: place }) : '',
      !words.length && cluster ? t('match.reason.news.cluster', { cluster: cluster.name }) : '',
    ]
      .filter(Boolean)
      .join(' ')
    return [
      {
        id: item.id,
        slug: item.slug,
        title: item.title,
        summary: item.summary ?? null,
        publishedAt: item.publishedAt ?? null,
        url: newsUrl(locale, item.slug),
        reason,
      },
    ]
  })
}
