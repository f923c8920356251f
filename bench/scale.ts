import pg from 'pg'

import { copyNews } from './bulkNews'
import { probe, type Measurement, type Target } from './load'
import { markdownTable, totalCpuMs, type Row } from './report'

type ScaleSettings = {
  databaseUri: string
  /** The figures at the first scale, among them the uncached runs of `targets`. */
  firstRows: Row[]
  /** The list, the item by slug, the feed and search, as loaded at the first scale. */
  targets: [Target, Target, Target, Target]
  /** A Finnish slug of the first scale; its copies end in `-<copy>`. */
  slug: string
  run: (target: Target) => Promise<Measurement>
  /** The same load with one connection: a search's own latency, without the queue before it. */
  runAlone: (target: Target) => Promise<Measurement>
  note: (text: string) => void
}

const count = async (client: pg.Client, sql: string) =>
  (await client.query<{ n: number }>(sql)).rows[0]!.n

/** Payload's own answer (past our fast path) for one item by slug, its document only. */
async function payloadDocument(bySlug: Target, slug: string) {
  const url = new URL(bySlug.url)
  url.searchParams.set('where[slug][equals]', slug)
  url.searchParams.set('pagination', 'true')
  const { text } = await probe({ ...bySlug, url: url.toString() })
  const doc = (JSON.parse(text) as { docs: Record<string, unknown>[] }).docs[0]
  if (!doc) return undefined
  const { id: _id, publishedAt: _p, createdAt: _c, updatedAt: _u, ...rest } = doc
  return JSON.stringify(rest)
}

/** A copied item, as Payload answers it, is its source's answer but for ids, dates and slugs. */
async function checkCopy(settings: ScaleSettings, copy: number) {
  const source = await payloadDocument(settings.targets[1], settings.slug)
  const copied = await payloadDocument(settings.targets[1], `${settings.slug}-${copy}`)
  const same = copied?.replaceAll(`-${copy}"`, '"') === source
  settings.note(
    same
      ? `a copied item (${settings.slug}-${copy}), as Payload's REST answers it, equals its source but for ids, dates and slugs`
      : `a copied item differs from its source in Payload's answer: ${copied?.slice(0, 300)}`,
  )
}

const uncachedKey = (target: Target) => `${target.key}-uncached`

/**
 * Copies the news in SQL up to `items` and loads the paths whose cost could grow with the
 * number of items again, on the same server, each beside its uncached figure at the first
 * scale: the list and the item by slug are to stay within 1.5×, search within 50 ms at p99.
 */
export async function measureAtScale(items: number, settings: ScaleSettings) {
  const client = new pg.Client({ connectionString: settings.databaseUri })
  await client.connect()
  const before = await count(client, 'SELECT count(*)::int AS n FROM news')
  const copies = Math.max(1, Math.ceil(items / before) - 1)
  console.log(`copying ${before} news items ${copies} times in SQL`)
  const started = performance.now()
  await copyNews(settings.databaseUri, copies)
  const copySeconds = (performance.now() - started) / 1000
  const after = await count(client, 'SELECT count(*)::int AS n FROM news')
  await client.query('VACUUM ANALYZE news, news_locales, news_rels, search.entries')
  await client.end()
  console.log(`copied: ${after} news items after ${copySeconds.toFixed(1)} s`)
  const middle = Math.ceil(copies / 2)
  await checkCopy(settings, middle)

  const [list, bySlug, feed, search] = settings.targets
  // An item among the copies, from the middle again.
  const slugUrl = new URL(bySlug.url)
  slugUrl.searchParams.set('where[slug][equals]', `${settings.slug}-${middle}`)
  const targets = [list, { ...bySlug, url: slugUrl.toString() }, feed, search]
  const rows: [Measurement, Measurement][] = []
  for (const target of targets) {
    const first = settings.firstRows.find((row) => row.key === uncachedKey(target))
    const measured = await settings.run({ ...target, key: uncachedKey(target), uncached: true })
    if (first && !('unavailable' in first)) rows.push([first, measured])
  }
  const searchAlone = await settings.runAlone({
    ...search,
    key: uncachedKey(search),
    uncached: true,
  })
  const ratio = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined ? '-' : (a / b).toFixed(2)
  // CPU per request, app and database together: the machine's other load leaves it alone.
  const cpu = (row: Measurement) => totalCpuMs(row)?.toFixed(2) ?? '-'
  const table = markdownTable(
    [
      'uncached target',
      'req/s 1k',
      'p99 ms 1k',
      `req/s ${after}`,
      `p99 ms ${after}`,
      'req/s 1k ÷ large',
      'p99 large ÷ 1k',
      'CPU ms/req 1k',
      `CPU ms/req ${after}`,
      'CPU large ÷ 1k',
    ],
    rows.map(([first, large]) => [
      first.label,
      first.requestsPerSecond.toFixed(0),
      first.p99Ms.toFixed(1),
      large.requestsPerSecond.toFixed(0),
      large.p99Ms.toFixed(1),
      ratio(first.requestsPerSecond, large.requestsPerSecond),
      ratio(large.p99Ms, first.p99Ms),
      cpu(first),
      cpu(large),
      ratio(totalCpuMs(large), totalCpuMs(first)),
    ]),
  )
  const text = [
    `At scale: ${before} news items copied in SQL to ${after} (${copySeconds.toFixed(0)} s), the same server, every request uncached.`,
    '',
    table,
    '',
    `${search.label} at ${after} items with one connection: p50 ${searchAlone.p50Ms.toFixed(1)} ms, p99 ${searchAlone.p99Ms.toFixed(1)} ms, ${searchAlone.requestsPerSecond.toFixed(0)} req/s.`,
  ].join('\n')
  return { text, figures: { before, after, copySeconds, rows, searchAlone } }
}
