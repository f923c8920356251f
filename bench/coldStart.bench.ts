/**
 * Cold start benchmark (issue #15): seconds from spawning `npm start` to the first 200 from the
 * API (`/api/news?limit=1`) and from a public page (`/fi`), on a production build and an already
 * migrated database, over several starts, with the phases `src/bin/start.ts` logs. One start on
 * the empty database comes first (it migrates and creates the first administrator) and is shown
 * apart.
 * Run: npm run bench:start
 *   DATABASE_URI  a PostgreSQL server to create the bench database on (else an embedded one)
 *   BENCH_RUNS    starts on the migrated database (default 5)
 *   BENCH_SKIP_BUILD=1  serve the existing .next build
 * Its figures replace its section of bench/results/latest.md.
 */
import { once } from 'node:events'
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createDatabase } from '@/platform/database/createDatabase'
import { startEmbeddedPostgres } from '@/platform/database/embeddedPostgres'
import { freePort } from '@/platform/database/freePort'

import { processRss } from './cpu'
import { productionEnv } from './nextServer'
import { markdownTable, writeSection } from './report'
import { spawnGroup, stopGroup } from '../test/helpers/childProcesses'
import { buildNext } from '../test/helpers/production'

const repoRoot = path.resolve(import.meta.dirname, '..')
const startedAt = new Date()
const runs = Number(process.env.BENCH_RUNS ?? 5)
if (!(runs >= 1)) throw new Error('BENCH_RUNS must be a positive number')
const paths = { api: '/api/news?limit=1', page: '/fi' } as const
const notes: string[] = []
const cleanups: (() => Promise<void> | void)[] = []

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
  const name = `arctic_bench_start_${Date.now()}`
  if (!postgres) notes.push(`database ${name} stays on the DATABASE_URI server; drop it when done`)
  return createDatabase(serverUrl, name)
}

type Start = {
  apiMs: number
  pageMs: number
  /** What start.ts logged, by phase. */
  phases: Record<string, number | undefined>
  /** Resident MiB of each process of the group right after both answered. */
  rss: { command: string; mib: number }[]
}

/** The numbers start.ts logs, from its JSON log lines. */
function phasesFrom(log: string): Start['phases'] {
  const lines = log
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
  const field = (msg: string, key: string) => {
    const value = lines.find((line) => line.msg === msg)?.[key]
    return typeof value === 'number' ? value : undefined
  }
  return {
    lockWait: field('Holding the migration lock', 'waitedMs'),
    check: field('Checked migrations', 'checkMs'),
    payloadMigrate: field('Migrated with Payload', 'ms'),
    migration: field('Database and Next ready', 'migrationMs'),
    nextPrepare: field('Database and Next ready', 'nextPrepareMs'),
    warmUp: field('Warmed up Payload and the pages', 'warmedMs'),
    listening: field('Serving', 'sinceStartMs'),
  }
}

/** Polls both paths every 50 ms; resolves when each has answered 200 once. */
async function firstAnswers(url: string, exited: () => boolean, started: number) {
  const deadline = Date.now() + 120_000
  const answered: Partial<Record<keyof typeof paths, number>> = {}
  while (answered.api === undefined || answered.page === undefined) {
    if (exited()) throw new Error('npm start exited before answering')
    if (Date.now() > deadline) throw new Error('npm start did not answer 200 within 120 s')
    await Promise.all(
      (Object.keys(paths) as (keyof typeof paths)[])
        .filter((key) => answered[key] === undefined)
        .map(async (key) => {
          const response = await fetch(`${url}${paths[key]}`).catch(() => undefined)
          await response?.arrayBuffer()
          if (response?.status === 200) answered[key] ??= performance.now() - started
        }),
    )
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return { apiMs: answered.api, pageMs: answered.page }
}

async function startOnce(env: NodeJS.ProcessEnv, logFile: string): Promise<Start> {
  const port = await freePort()
  const log = createWriteStream(logFile)
  await once(log, 'open')
  const started = performance.now()
  const child = spawnGroup('npm', ['start'], {
    cwd: repoRoot,
    env: { ...env, PORT: String(port), SERVER_URL: `http://127.0.0.1:${port}` },
    stdio: ['ignore', log, log],
  })
  try {
    const { apiMs, pageMs } = await firstAnswers(
      `http://127.0.0.1:${port}`,
      () => child.exitCode !== null,
      started,
    )
    const rss = processRss(child.pid!)
    return { apiMs, pageMs, phases: phasesFrom(readFileSync(logFile, 'utf8')), rss }
  } finally {
    await stopGroup(child, 15_000)
    log.end()
  }
}

const ms = (value: number | undefined) => (value === undefined ? '-' : value.toFixed(0))
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const phaseColumns = [
  ['lockWait', 'lock wait'],
  ['check', 'SQL check'],
  ['payloadMigrate', 'Payload migrate'],
  ['migration', 'migration phase'],
  ['nextPrepare', 'next prepare (parallel)'],
  ['warmUp', 'warm-up (Payload init + first renders)'],
  ['listening', 'listening, since node started'],
] as const

function table(rows: [string, Start][]): string {
  return markdownTable(
    ['start', 'first 200 API ms', 'first 200 page ms', ...phaseColumns.map(([, label]) => label)],
    rows.map(([label, start]) => [
      label,
      ms(start.apiMs),
      ms(start.pageMs),
      ...phaseColumns.map(([key]) => ms(start.phases[key])),
    ]),
  )
}

async function main() {
  const databaseUri = await createBenchDatabase()
  const env = {
    ...productionEnv(databaseUri, 0),
    LOG_LEVEL: 'info',
    ADMIN_EMAIL: 'bench-admin@example.test',
    ADMIN_PASSWORD: 'bench-admin-password-for-a-throwaway-database',
  }
  let build = 'existing build (BENCH_SKIP_BUILD=1)'
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    const seconds = await buildNext(env)
    build = `build ${seconds.toFixed(0)} s`
  }
  const logs = mkdtempSync(path.join(os.tmpdir(), 'arctic-bench-start-'))
  console.log(`logs in ${logs}`)
  const loadAverageBefore = os.loadavg()
  const first = await startOnce(env, path.join(logs, 'empty-database.log'))
  console.log(`empty database: API ${ms(first.apiMs)} ms, page ${ms(first.pageMs)} ms`)
  const warm: Start[] = []
  for (let run = 1; run <= runs; run += 1) {
    const start = await startOnce(env, path.join(logs, `run-${run}.log`))
    console.log(`run ${run}: API ${ms(start.apiMs)} ms, page ${ms(start.pageMs)} ms`, start.phases)
    warm.push(start)
  }
  const loadAverageAfter = os.loadavg()

  const medianStart: Start = {
    apiMs: median(warm.map((start) => start.apiMs)),
    pageMs: median(warm.map((start) => start.pageMs)),
    phases: Object.fromEntries(
      phaseColumns.map(([key]) => {
        const values = warm.flatMap((start) => start.phases[key] ?? [])
        return [key, values.length ? median(values) : undefined]
      }),
    ),
    rss: [],
  }
  const rss = warm.at(-1)!.rss
  const body = [
    `\`npm start\` (NODE_ENV=production, ${build}) spawned ${runs} times on an already migrated database (plus once on an empty one, first row), polled every 50 ms on \`${paths.api}\` and \`${paths.page}\`; milliseconds from spawn. Phases as \`src/bin/start.ts\` logs them: \`next prepare\` runs while the migration phase holds the lock; the warm-up requests go through a loopback listener before the port opens.`,
    '',
    table([
      ['empty database (migrates)', first],
      ...warm.map((start, index): [string, Start] => [`run ${index + 1}`, start]),
      [`median of ${runs}`, medianStart],
    ]),
    '',
    `Resident memory right after the first answers (last run): ${rss.map((entry) => `${entry.command} ${entry.mib.toFixed(0)} MiB`).join(', ')}.`,
  ].join('\n')
  console.log(`\n${body}`)
  const latest = await writeSection({
    id: 'cold-start',
    title: 'Cold start: `npm run bench:start`',
    startedAt,
    finishedAt: new Date(),
    loadAverage: { before: loadAverageBefore, after: loadAverageAfter },
    body,
    notes,
  })
  console.log(`figures: ${path.relative(process.cwd(), latest)}`)
}

try {
  await main()
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup()
}
