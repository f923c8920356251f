import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { deliveryTotals } from '@/newsletter/deliveryQueue'
import { sendSettings } from '@/newsletter/settings'
import { appPool } from '@/platform/database/pool'
import { migrations } from '@migrations'

import { newsData } from '../helpers/news'
import { createIssue, issueStatus } from '../helpers/newsletter'
import { bootPayload } from '../helpers/payload'
import {
  startBalancer,
  startInstance,
  startWorkerProcess,
  until,
  type Instance,
  type ProductionProcess,
} from '../helpers/production'
import { buildingHookTimeout, productionBuild } from '../helpers/productionBuild'
import { startS3Server, type S3Server } from '../helpers/s3'
import { startSmtpSink, type SmtpSink } from '../helpers/smtp'
import { createUser, testPassword } from '../helpers/users'

/** The same database under another name in `pg_stat_activity`. */
function withApplicationName(uri: string, name: string) {
  const url = new URL(uri)
  url.searchParams.set('application_name', name)
  return url.toString()
}

/**
 * The deployment of docs/deployment.md on this machine: the run's `npm run build`, then two app
 * instances (`npm start`) and two workers (`npm run worker`), separate processes on one new,
 * empty PostgreSQL database, a real SMTP relay in this process, and a readiness-aware balancer
 * in front of the instances. It prints its figures;
 * docs/deployment.md says how to read them.
 */
const logs = mkdtempSync(path.join(os.tmpdir(), 'arctic-production-'))
const subscriberCount = 2000
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PAYLOAD_SECRET: 'production-test-secret-known-only-to-this-throwaway-database',
  ADMIN_EMAIL: 'ops@example.test',
  ADMIN_PASSWORD: testPassword,
  LOG_LEVEL: 'info',
  // Longer than the balancer's readiness interval: it stops sending before the listener closes.
  SHUTDOWN_DELAY_SECONDS: '1',
  WORKER_INTERVAL_MS: '200',
  NEXT_TELEMETRY_DISABLED: '1',
  // A replica in name: the same database under another application name, so that this test
  // can see which reads went through the replica pool.
  DATABASE_READ_REPLICA_URIS: withApplicationName(process.env.DATABASE_URI!, 'arctic-replica'),
}

let payload: Payload
let sink: SmtpSink
let s3: S3Server
let instances: Instance[] = []
const workers: ProductionProcess[] = []

const sql = (text: string, values: unknown[] = []) => appPool(payload).query(text, values)

beforeAll(async () => {
  // Every message takes the relay 20 ms, as a real one's round trips would.
  sink = await startSmtpSink({ delayMs: 20 })
  s3 = await startS3Server()
  Object.assign(env, s3.env)
  await productionBuild()
  // Both start on the empty database at once: one migrates, the other waits for the lock.
  instances = await Promise.all([0, 1].map((n) => startInstance(env, `${logs}/instance-${n}.log`)))
  workers.push(await startWorkerProcess(env, `${logs}/worker-0.log`))
  payload = await bootPayload()
}, buildingHookTimeout)

afterAll(async () => {
  await Promise.all([...instances, ...workers].map((process) => process.stop()))
  await payload?.destroy()
  await sink?.close()
  await s3?.close()
})

async function call(
  base: string,
  route: string,
  { method = 'GET', token, body }: { method?: string; token?: string; body?: unknown } = {},
) {
  const response = await fetch(`${base}/api/${route}`, {
    method,
    headers: {
      ...(token ? { Authorization: `JWT ${token}` } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, json: await response.json().catch(() => null) }
}

async function logIn(base: string, email: string): Promise<string> {
  const { status, json } = await call(base, 'users/login', {
    method: 'POST',
    body: { email, password: testPassword },
  })
  expect(status).toBe(200)
  return json.token
}

const seconds = (from: number, to: number) => (to - from) / 1000
const perSecond = (count: number, from: number, to: number) => count / seconds(from, to)

describe('production: two instances and two workers on one database', () => {
  it('serves the build with migrations applied once, before serving, and no schema push', async () => {
    const { rows } = await sql(
      'SELECT name, count(*)::int AS runs FROM payload_migrations GROUP BY name',
    )
    const applied = rows.filter((row) => row.name !== 'dev')
    expect(applied.map((row) => row.name).sort()).toEqual(migrations.map((m) => m.name).sort())
    expect(applied.every((row) => row.runs === 1)).toBe(true)
    const waits = instances.map((instance) => instance.log().match(/"waitedMs":(\d+)/)?.[1])
    console.info(`waited for the migration lock: ${waits.join(' ms and ')} ms`)

    for (const { url } of instances) {
      expect((await call(url, 'health')).status).toBe(200)
      expect((await call(url, 'ready')).json.status).toBe('ready')
      const introspection = await call(url, 'graphql', {
        method: 'POST',
        body: { query: '{ __schema { types { name } } }' },
      })
      expect(introspection.status).toBe(400)
      expect((await fetch(`${url}/api/graphql-playground`)).status).toBe(404)
    }
    // Reads went through the replica pool (DATABASE_READ_REPLICA_URIS); workers never use it.
    for (const { url } of instances) expect((await call(url, 'news?locale=fi')).status).toBe(200)
    const replica = await sql(
      `SELECT count(*)::int AS connections FROM pg_stat_activity
       WHERE application_name = 'arctic-replica' AND datname = current_database()`,
    )
    expect(replica.rows[0].connections).toBeGreaterThan(0)

    // The first administrator came from ADMIN_EMAIL / ADMIN_PASSWORD, once.
    expect(await payload.count({ collection: 'users' })).toMatchObject({ totalDocs: 1 })
    await logIn(instances[1]!.url, env.ADMIN_EMAIL!)
  })

  it('refuses to start without PAYLOAD_SECRET', async () => {
    const withoutSecret = { ...env, PAYLOAD_SECRET: '' }
    await expect(startInstance(withoutSecret, `${logs}/no-secret.log`)).rejects.toThrow(
      /PAYLOAD_SECRET must be set/,
    )
  })

  it('editors saving one item through both instances at once lose no change', async () => {
    const [first, second] = instances.map((instance) => instance.url) as [string, string]
    const editors = [await createUser(payload, 'editor'), await createUser(payload, 'editor')]
    const [tokenA, tokenB] = await Promise.all([
      logIn(first, editors[0]!.email),
      logIn(second, editors[1]!.email),
    ])
    const item = await payload.create({
      collection: 'news',
      locale: 'fi',
      data: newsData({ title: 'Alku', summary: 'Alku.', _status: 'published' }),
    })
    const save = (base: string, token: string, data: Record<string, string>) =>
      call(base, `news/${item.id}?locale=fi`, {
        method: 'PATCH',
        token,
        body: { ...data, _status: 'published' },
      })

    // Each save changes a different field; Payload merges it onto the copy it read.
    for (let round = 1; round <= 10; round++) {
      const results = await Promise.all([
        save(first, tokenA, { title: `Otsikko ${round}` }),
        save(second, tokenB, { summary: `Ingressi ${round}.` }),
        save(first, tokenA, { byline: `Kirjoittaja ${round}` }),
        save(second, tokenB, { title: `Otsikko ${round}`, summary: `Ingressi ${round}.` }),
      ])
      expect(results.map((result) => result.status)).toEqual([200, 200, 200, 200])
      const saved = await payload.findByID({ collection: 'news', id: item.id, locale: 'fi' })
      expect({ title: saved.title, summary: saved.summary, byline: saved.byline }).toEqual({
        title: `Otsikko ${round}`,
        summary: `Ingressi ${round}.`,
        byline: `Kirjoittaja ${round}`,
      })
    }

    // Payload's document lock (the admin takes it when an editor opens the item) holds across
    // instances: the other editor's save is refused, not merged over a form they never saw.
    await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'news', value: item.id },
        user: { relationTo: 'users', value: editors[0]!.id },
      },
    })
    expect((await save(second, tokenB, { title: 'Ohi lukon' })).status).toBe(423)
    expect((await save(first, tokenA, { title: 'Lukon haltija' })).status).toBe(200)
  })

  it('serves media uploaded through one instance from the other: files live in the bucket', async () => {
    const [first, second] = instances.map((instance) => instance.url) as [string, string]
    const editor = await createUser(payload, 'editor')
    const token = await logIn(first, editor.email)
    const image = await sharp({
      create: { width: 640, height: 320, channels: 3, background: '#0b3d6b' },
    })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), 'tunturi.png')
    form.append('_payload', JSON.stringify({ alt: 'Tunturi' }))
    const created = await fetch(`${first}/api/media?locale=fi`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
      body: form,
    })
    expect(created.status).toBe(201)
    const { doc } = await created.json()
    const served = await fetch(`${second}/api/media/file/${doc.filename}`)
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals(image)).toBe(true)
  })

  it('a newsletter to 2,000 subscribers: two workers share it; one killed, one stopped, none lost', async () => {
    const editor = await createUser(payload, 'editor')
    const token = await logIn(instances[0]!.url, editor.email)
    await sql(
      `INSERT INTO subscribers (email, status, locale, hard_bounces, updated_at, created_at)
       SELECT 'reader-' || i || '@example.test', 'confirmed',
              (ARRAY['fi','sv','en'])[1 + i % 3]::enum_subscribers_locale, 0, now(), now()
       FROM generate_series(1, $1) AS i`,
      [subscriberCount],
    )
    const readers = new Set(
      Array.from({ length: subscriberCount }, (_, i) => `reader-${i + 1}@example.test`),
    )
    const send = async () => {
      const issue = await createIssue(payload)
      const from = sink.messages.length
      const { status } = await call(instances[0]!.url, `newsletters/${issue.id}/send`, {
        method: 'POST',
        token,
        body: {},
      })
      expect(status).toBe(202)
      return { issue, from }
    }
    const sent = (issueId: number) => async () => (await issueStatus(payload, issueId)) === 'sent'

    // One worker.
    const one = await send()
    await until(sent(one.issue.id), { timeoutMs: 120_000, what: 'the one-worker issue' })
    const oneTimes = sink.receivedAt.slice(one.from)
    expect(oneTimes).toHaveLength(subscriberCount)
    const oneRate = perSecond(oneTimes.length - 1, oneTimes[0]!, oneTimes.at(-1)!)

    // Two workers; the first is killed (SIGKILL) part-way, the second finishes the issue.
    workers.push(await startWorkerProcess(env, `${logs}/worker-1.log`))
    const two = await send()
    const arrived = () => sink.messages.length - two.from
    await until(() => arrived() >= subscriberCount * 0.4, {
      timeoutMs: 120_000,
      what: 'the first 40 %',
    })
    const twoTimes = sink.receivedAt.slice(two.from)
    const twoRate = perSecond(twoTimes.length - 1, twoTimes[0]!, twoTimes.at(-1)!)
    workers[0]!.process.kill('SIGKILL')
    await workers[0]!.exit
    const atKill = arrived()
    await until(sent(two.issue.id), { timeoutMs: 120_000, what: 'the two-worker issue' })

    const messages = sink.messages.slice(two.from)
    const recipients = messages.flatMap((message) => [message.to ?? []].flat())
    const addresses = recipients.flatMap((to) => to.value.map((entry) => entry.address))
    expect(new Set(addresses)).toEqual(readers)
    const duplicates = addresses.length - readers.size
    // Only what was in flight on the killed worker's SMTP connections can go twice, and each
    // repeat carries the first copy's Message-ID, by which mail systems drop it.
    expect(duplicates).toBeLessThanOrEqual(sendSettings().concurrency)
    expect(new Set(messages.map((message) => message.messageId)).size).toBe(readers.size)
    expect(await deliveryTotals(payload, two.issue.id)).toMatchObject({
      sent: subscriberCount,
      queued: 0,
      sending: 0,
    })
    console.info(
      `newsletter to ${subscriberCount}: one worker ${oneRate.toFixed(0)} msg/s; two workers ` +
        `${twoRate.toFixed(0)} msg/s (${(twoRate / oneRate).toFixed(2)}×); SIGKILL of one after ` +
        `${atKill} messages: 0 lost, ${duplicates} sent twice (same Message-ID)`,
    )
    // Well above what one worker can do alone: both sent. (Two cores also run the relay here.)
    expect(twoRate).toBeGreaterThan(oneRate * 1.25)

    // SIGTERM instead: the worker finishes the messages in flight, hands back its claims and
    // exits; nothing goes twice.
    workers.push(await startWorkerProcess(env, `${logs}/worker-2.log`))
    const three = await send()
    await until(() => sink.messages.length - three.from >= subscriberCount * 0.4, {
      timeoutMs: 120_000,
      what: 'the first 40 % of the third issue',
    })
    const stopping = workers[1]!
    stopping.process.kill('SIGTERM')
    expect(await stopping.exit).toBe(0)
    const atStop = sink.messages.length - three.from
    await until(sent(three.issue.id), { timeoutMs: 120_000, what: 'the third issue' })
    const thirdAddresses = sink.messages
      .slice(three.from)
      .flatMap((message) => [message.to ?? []].flat())
      .flatMap((to) => to.value.map((entry) => entry.address))
    expect(thirdAddresses).toHaveLength(subscriberCount)
    expect(new Set(thirdAddresses)).toEqual(readers)
    console.info(`SIGTERM of a worker after ${atStop} messages: it exited 0, 0 lost, 0 sent twice`)
  }, 300_000)

  it('an instance stopped with SIGTERM under load fails no request', async () => {
    const editor = await createUser(payload, 'editor')
    const token = await logIn(instances[1]!.url, editor.email)
    const clients = 12
    // Each client saves its own item: saves of one item wait for each other (by design).
    const items = await Promise.all(
      Array.from({ length: clients }, (_, n) =>
        payload.create({
          collection: 'news',
          locale: 'fi',
          data: newsData({ title: `Kuorma ${n}`, summary: 'Kuorma.', _status: 'published' }),
        }),
      ),
    )
    const balancer = startBalancer(instances)
    const [stopped] = instances as [Instance, Instance]
    type Outcome = { url: string; started: number; ended: number; ok: boolean; error?: string }
    const outcomes: Outcome[] = []
    let sigtermAt = Infinity
    let stopAt = Infinity

    const requests = [
      () => ({ route: 'news?locale=fi&limit=10' }),
      () => ({ route: 'news?locale=fi&limit=5&depth=0', token }),
      (n: number) => ({
        route: `news/${items[n]!.id}?locale=fi`,
        token,
        method: 'PATCH',
        body: { byline: `${Date.now()}` },
      }),
      () => ({ route: 'feeds/fi/news.json' }),
    ]
    const client = async (n: number) => {
      for (let i = n; Date.now() < stopAt; i++) {
        const { route, ...options } = requests[i % requests.length]!(n)
        const url = balancer.pick()
        const started = Date.now()
        try {
          const { status } = await call(url, route, options)
          outcomes.push({ url, started, ended: Date.now(), ok: status < 400, error: `${status}` })
        } catch (error) {
          outcomes.push({ url, started, ended: Date.now(), ok: false, error: String(error) })
        }
      }
    }
    const load = Promise.all(Array.from({ length: clients }, (_, n) => client(n)))
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    sigtermAt = Date.now()
    stopped.process.kill('SIGTERM')
    const exitCode = await stopped.exit
    const exitedAfter = seconds(sigtermAt, Date.now())
    stopAt = Date.now() + 2_000
    await load
    balancer.stop()

    const failed = outcomes.filter((outcome) => !outcome.ok)
    const atStopped = outcomes.filter((outcome) => outcome.url === stopped.url)
    const inFlight = atStopped.filter((o) => o.started <= sigtermAt && o.ended > sigtermAt)
    const afterSignal = atStopped.filter((o) => o.started > sigtermAt)
    console.info(
      `SIGTERM under load: ${outcomes.length} requests, ${failed.length} failed; ` +
        `${inFlight.length} in flight at the signal and ${afterSignal.length} sent to the ` +
        `stopping instance after it, all answered; it exited ${exitCode} after ${exitedAfter.toFixed(1)} s`,
    )
    expect(failed).toEqual([])
    expect(inFlight.length).toBeGreaterThan(0)
    expect(exitCode).toBe(0)
    expect(stopped.log()).toContain('Every request in flight was answered')
    instances = instances.slice(1)
  }, 120_000)
})
