/**
 * Newsletter sending benchmark (issue #3), on this machine, in one run:
 *  - one issue to 10,000 confirmed subscribers through the sender vs. a bare nodemailer pool
 *    sending as many similar messages to the same SMTP sink (the ratio is the figure);
 *  - freezing an audience of 100,000;
 *  - the sender's peak memory for 2,000 and for 10,000 recipients (it must not grow).
 * Run: npm run bench:newsletter   (DATABASE_URI optional, as for the tests)
 * Its figures replace its section of bench/results/latest.md.
 */
import { fork } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import nodemailer from 'nodemailer'
import type { Payload } from 'payload'
import type { Pool } from 'pg'

import { createDatabase } from '@/platform/database/createDatabase'
import { startEmbeddedPostgres } from '@/platform/database/embeddedPostgres'
import { freePort } from '@/platform/database/freePort'

import { postgresCpuMs, postmasterOf, processCpuMs } from './cpu'
import { markdownTable, writeSection } from './report'

const startedAt = new Date()
const smtpPort = await freePort()
const sink = fork(path.join(import.meta.dirname, 'smtpSink.ts'), [String(smtpPort)], {
  execArgv: ['--import', 'tsx'],
})
await new Promise((resolve) => sink.once('message', resolve))

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'arctic-bench-pg-'))
const server = process.env.DATABASE_URI
  ? undefined
  : await startEmbeddedPostgres({ dataDir, throwaway: true })
const serverUrl = process.env.DATABASE_URI ?? server!.urlFor('postgres')
process.env.DATABASE_URI = await createDatabase(serverUrl, `arctic_bench_${Date.now()}`)
process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`
process.env.LOG_LEVEL ??= 'warn'

const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { migrate } = await import('@/platform/database/migrate')
const { sendIssue } = await import('@/newsletter/sendIssue')
const { freezeAudience } = await import('@/newsletter/deliveryQueue')
const { closeMailTransport } = await import('@/email/transport')
const { composeIssue } = await import('@/newsletter/composeIssue')
const { noDelaySocket } = await import('@/email/transport')
const { encodedTemplate, quotedPrintablePart } = await import('@/email/encodedTemplate')

const payload: Payload = await getPayload({ config })
await migrate(payload)
const sql = (text: string, values: unknown[] = []) =>
  (payload.db as unknown as { pool: Pool }).pool.query(text, values)
const postmaster = await postmasterOf(process.env.DATABASE_URI)

async function addSubscribers(count: number, prefix: string) {
  await sql(
    `INSERT INTO subscribers (email, status, locale, hard_bounces, updated_at, created_at)
     SELECT $2 || '-' || i || '@example.test', 'confirmed', (ARRAY['fi','sv','en'])[1 + i % 3]::enum_subscribers_locale, 0, now(), now()
     FROM generate_series(1, $1) AS i`,
    [count, prefix],
  )
}

async function newIssue(): Promise<number> {
  const news = await payload.create({
    collection: 'news',
    locale: 'fi',
    data: {
      title: 'Vertailu',
      slug: `vertailu-${Date.now()}`,
      summary: 'Lyhyt ingressi. '.repeat(8),
      _status: 'published',
    },
  })
  const issue = await payload.create({
    collection: 'newsletters',
    locale: 'fi',
    data: {
      subject: 'Uutiskirje',
      status: 'draft',
      news: [news.id],
      missingTranslation: 'fallback',
    },
  })
  return issue.id
}

/** CPU milliseconds so far of the sending process, the sink and PostgreSQL. */
const cpuNow = () => ({
  sender: processCpuMs(process.pid),
  sink: processCpuMs(sink.pid!),
  database: postmaster === undefined ? Number.NaN : postgresCpuMs(postmaster),
})

/** Peak RSS and heap while `work` runs, sampled every 50 ms, and the CPU it took. */
async function measured<T>(work: () => Promise<T>) {
  const cpuBefore = cpuNow()
  let rss = 0
  let heap = 0
  const sample = () => {
    const usage = process.memoryUsage()
    rss = Math.max(rss, usage.rss)
    heap = Math.max(heap, usage.heapUsed)
  }
  const timer = setInterval(sample, 50)
  const started = performance.now()
  const result = await work()
  const seconds = (performance.now() - started) / 1000
  clearInterval(timer)
  sample()
  const cpuAfter = cpuNow()
  const cpuMs = {
    sender: cpuAfter.sender - cpuBefore.sender,
    sink: cpuAfter.sink - cpuBefore.sink,
    database: cpuAfter.database - cpuBefore.database,
  }
  return { result, seconds, cpuMs, rssMiB: rss / 2 ** 20, heapMiB: heap / 2 ** 20 }
}

async function sendWithSender(count: number, prefix: string) {
  await sql(`UPDATE subscribers SET status = 'unsubscribed' WHERE status = 'confirmed'`)
  await addSubscribers(count, prefix)
  const id = await newIssue()
  global.gc?.()
  const run = await measured(() => sendIssue(payload, id))
  closeMailTransport()
  const { rows } = await sql(
    `SELECT count(*)::int AS sent FROM deliveries WHERE newsletter_id = $1 AND status = 'sent'`,
    [id],
  )
  if (rows[0].sent !== count) throw new Error(`sent ${rows[0].sent} of ${count}`)
  return run
}

/**
 * `encodedOnce`: the parts quoted-printable encoded once, as the sender does
 * (src/email/encodedTemplate.ts), rather than by nodemailer for each message.
 */
async function sendBare(count: number, noDelay: boolean, encodedOnce = false) {
  const id = await newIssue()
  const { subject, html, text } = await composeIssue(payload, id, 'fi')
  const parts = encodedOnce
    ? {
        alternatives: [
          { raw: quotedPrintablePart('text/plain', encodedTemplate(text, {})({})) },
          { raw: quotedPrintablePart('text/html', encodedTemplate(html, {})({})) },
        ],
      }
    : { html, text }
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: smtpPort,
    ignoreTLS: true,
    pool: true,
    maxConnections: 5,
    maxMessages: Infinity,
    ...(noDelay ? { getSocket: noDelaySocket('127.0.0.1', smtpPort) } : {}),
  })
  const run = await measured(async () => {
    let next = 0
    const lane = async () => {
      for (let i = next++; i < count; i = next++) {
        await transport.sendMail({
          from: 'bench@example.test',
          to: `bare-${i}@example.test`,
          subject,
          ...parts,
        })
      }
    }
    await Promise.all(Array.from({ length: 5 }, lane))
  })
  transport.close()
  return run
}

const recipients = 10_000
// Other work on these two cores skews every figure: the results say how busy the machine was.
const loadAverageBefore = os.loadavg()
// Two rounds, alternating, best of each: this machine's speed drifts between runs.
const faster = <T extends { seconds: number }>(a: T, b: T) => (a.seconds <= b.seconds ? a : b)
const bareDefault = await sendBare(recipients, false)
const bareFirst = await sendBare(recipients, true)
const oursFirst = await sendWithSender(recipients, 'big')
const bareEncodedFirst = await sendBare(recipients, true, true)
const bare = faster(bareFirst, await sendBare(recipients, true))
const ours = faster(oursFirst, await sendWithSender(recipients, 'again'))
const bareEncoded = faster(bareEncodedFirst, await sendBare(recipients, true, true))
const small = await sendWithSender(2_000, 'small')

await addSubscribers(100_000, 'freeze')
const freezeIssue = await newIssue()
const freeze = await measured(() => freezeAudience(payload, freezeIssue))

// The share of the sends' row writes PostgreSQL made in place (HOT: no index entries written);
// its statistics reach the view within a second.
await new Promise((resolve) => setTimeout(resolve, 1500))
const { rows: writes } = await sql(
  `SELECT n_tup_upd AS updates, n_tup_hot_upd AS hot FROM pg_stat_user_tables WHERE relname = 'deliveries'`,
)
const hotShare = Number(writes[0].hot) / Number(writes[0].updates)

const loadAverageAfter = os.loadavg()
const rate = (run: { seconds: number }, count: number) => (count / run.seconds).toFixed(0)
const many = recipients.toLocaleString('en')
const memory = (run: { rssMiB: number; heapMiB: number }) =>
  `${run.rssMiB.toFixed(0)} / ${run.heapMiB.toFixed(0)}`
type CpuRun = { cpuMs: { sender: number; sink: number; database: number } }
const perMessage = (ms: number) => (ms / recipients).toFixed(3)
const cpuOf = ({ cpuMs }: CpuRun) =>
  `${perMessage(cpuMs.sender)} / ${perMessage(cpuMs.sink)} / ${perMessage(cpuMs.database)}`
const cpuTotal = ({ cpuMs }: CpuRun) => cpuMs.sender + cpuMs.sink + cpuMs.database
const figures = markdownTable(
  ['figure', 'value'],
  [
    [`bare nodemailer pool (its defaults), ${many} messages, msg/s`, rate(bareDefault, recipients)],
    [`bare nodemailer pool (TCP_NODELAY), ${many} messages, msg/s`, rate(bare, recipients)],
    [`newsletter sender, ${many} recipients, msg/s`, rate(ours, recipients)],
    ['ratio sender ÷ bare (TCP_NODELAY)', (bare.seconds / ours.seconds).toFixed(2)],
    [
      `bare pool (TCP_NODELAY), parts encoded once as the sender does, ${many} messages, msg/s`,
      rate(bareEncoded, recipients),
    ],
    [
      'ratio sender ÷ that bare pool (the cost of the queue alone)',
      (bareEncoded.seconds / ours.seconds).toFixed(2),
    ],
    ['CPU ms per message, bare (TCP_NODELAY): sending process / sink / PostgreSQL', cpuOf(bare)],
    ['CPU ms per message, newsletter sender: sending process / sink / PostgreSQL', cpuOf(ours)],
    [
      'ratio CPU per message (all three), sender ÷ bare',
      (cpuTotal(ours) / cpuTotal(bare)).toFixed(2),
    ],
    ['share of delivery row writes made in place (HOT), all sends', hotShare.toFixed(2)],
    [
      `freeze an audience of ${freeze.result.toLocaleString('en')} subscribers, ms`,
      (freeze.seconds * 1000).toFixed(0),
    ],
    ['sender peak RSS / heap, 2,000 recipients, MiB', memory(small)],
    [`sender peak RSS / heap, ${many} recipients, MiB`, memory(ours)],
    [`ratio peak heap ${many} ÷ 2,000 recipients`, (ours.heapMiB / small.heapMiB).toFixed(2)],
  ],
)
const body = `Five SMTP connections to a sink that discards every message (\`bench/smtpSink.ts\`); the bare pool with TCP_NODELAY, the sender to ${many} and the bare pool with parts encoded once are each the faster of two alternating rounds. CPU: the sending process (the bench itself), the sink, and every PostgreSQL process, per message sent.\n\n${figures}`
console.log(`\n${body}`)
const latest = await writeSection({
  id: 'newsletter',
  title: 'Newsletter sending: `npm run bench:newsletter`',
  startedAt,
  finishedAt: new Date(),
  loadAverage: { before: loadAverageBefore, after: loadAverageAfter },
  body,
})
console.log(`figures: ${path.relative(process.cwd(), latest)}`)

const pool = (payload.db as unknown as { pool: Pool }).pool
pool.on('error', () => {})
await payload.destroy()
sink.kill()
await server?.stop()
rmSync(dataDir, { recursive: true, force: true })
process.exit(0)
