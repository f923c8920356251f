import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

import { defaultLocale, locales } from '@/i18n/locales'
import type { News } from '@/payload-types'

import { newsText } from './newsText'

const twoYearsMs = 2 * 365 * 24 * 60 * 60 * 1000
// Writes overlap on the database; more lanes only make the two cores take turns.
const lanes = 4

/** Park and Miller's minimal generator: two runs seed the same cluster choices. */
function randomSequence(seed: number) {
  const modulus = 2 ** 31 - 1
  let state = seed
  return () => {
    // Products stay below 2^53, so plain numbers are exact.
    state = (state * 48_271) % modulus
    return state / modulus
  }
}

/**
 * Publishes `count` news items the way editors do: written in Finnish, then translated into
 * Swedish and English. Each item belongs to one or two of the existing clusters; publication
 * dates spread over the last two years. Returns the Finnish slugs, in creation order.
 */
export async function seedNews(payload: Payload, count: number): Promise<string[]> {
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const toRichText = (markdown: string) =>
    convertMarkdownToLexical({ editorConfig, markdown }) as NonNullable<News['body']>
  const { docs } = await payload.find({ collection: 'clusters', depth: 0, limit: 100 })
  const clusterIds = docs.map((cluster) => cluster.id)
  if (!clusterIds.length) throw new Error('Seed the clusters before the news')

  const random = randomSequence(4)
  const now = Date.now()
  const plans = Array.from({ length: count }, (_, n) => ({
    n,
    publishedAt: new Date(now - random() * twoYearsMs).toISOString(),
    clusters: pickClusters(clusterIds, random),
  }))

  const createItem = async ({ n, publishedAt, clusters }: (typeof plans)[number]) => {
    const translation = (locale: (typeof locales)[number]) => {
      const { markdown, ...text } = newsText(n, locale)
      return { ...text, body: toRichText(markdown) }
    }
    const created = await payload.create({
      collection: 'news',
      locale: defaultLocale,
      depth: 0,
      data: { ...translation(defaultLocale), publishedAt, clusters, _status: 'published' },
    })
    for (const locale of locales.filter((code) => code !== defaultLocale)) {
      await payload.update({
        collection: 'news',
        id: created.id,
        locale,
        depth: 0,
        data: { ...translation(locale), _status: 'published' },
      })
    }
    return created.slug
  }

  const slugs: string[] = []
  let next = 0
  const lane = async () => {
    for (let i = next++; i < count; i = next++) slugs[i] = await createItem(plans[i]!)
  }
  await Promise.all(Array.from({ length: lanes }, lane))
  return slugs
}

function pickClusters(ids: number[], random: () => number): number[] {
  const first = ids[Math.floor(random() * ids.length)]!
  if (ids.length < 2 || random() < 0.5) return [first]
  const others = ids.filter((id) => id !== first)
  return [first, others[Math.floor(random() * others.length)]!]
}
