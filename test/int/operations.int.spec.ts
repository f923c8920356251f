import { Writable } from 'node:stream'

import type { Payload } from 'payload'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import * as healthRoute from '@/app/(payload)/api/health/route'
import * as readyRoute from '@/app/(payload)/api/ready/route'
import { appPool, type AppPool } from '@/platform/database/pool'
import { loggerOptions } from '@/platform/logging/logger'
import { requestContext } from '@/platform/logging/requestContext'
import { readSettings } from '@/platform/settings'

import { rest } from '../helpers/api'
import { bootPayload } from '../helpers/payload'

/** What operators and load balancers read: health, readiness, request ids, log lines. */
let payload: Payload
let pool: AppPool

beforeAll(async () => {
  payload = await bootPayload()
  pool = appPool(payload)
})

afterAll(async () => {
  await payload.destroy()
})

/** Readiness after its once-a-second check has run again. */
const ready = async () => {
  await new Promise((resolve) => setTimeout(resolve, 1_050))
  const response = await readyRoute.GET()
  return { status: response.status, body: await response.json() }
}

describe('health and readiness', () => {
  it('liveness answers without asking the database', async () => {
    const response = healthRoute.GET()
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect((await response.json()).status).toBe('ok')
  })

  it('is ready with the database up, every migration applied and the queue keeping up', async () => {
    const { status, body } = await ready()
    expect(status).toBe(200)
    expect(body.status).toBe('ready')
    expect(body.checks.database.ok).toBe(true)
    expect(body.checks.migrations).toEqual({ ok: true, pending: [] })
    expect(body.checks.queue).toMatchObject({ ok: true, due: 0 })
  })

  it('is not ready while a due job has waited longer than allowed: no worker keeps up', async () => {
    const { rows } = await pool.query(
      `INSERT INTO payload_jobs (input, task_slug, queue, created_at, updated_at)
       VALUES ('{}', 'sendConfirmationEmail', 'default', now() - interval '10 minutes', now())
       RETURNING id`,
    )
    try {
      const { status, body } = await ready()
      expect(status).toBe(503)
      expect(body.reason).toBe('jobs queue backed up')
      expect(body.checks.queue).toMatchObject({ ok: false, due: 1, maxWaitSeconds: 300 })
      expect(body.checks.queue.oldestDueSeconds).toBeGreaterThanOrEqual(599)
    } finally {
      await pool.query('DELETE FROM payload_jobs WHERE id = $1', [rows[0].id])
    }
    expect((await ready()).status).toBe(200)
  })

  it('checks at most once a second, however many ask: the endpoint is public', async () => {
    expect((await ready()).status).toBe(200)
    const { rows } = await pool.query(
      `INSERT INTO payload_jobs (input, task_slug, queue, created_at, updated_at)
       VALUES ('{}', 'sendConfirmationEmail', 'default', now() - interval '10 minutes', now())
       RETURNING id`,
    )
    try {
      // Within the second: the answer of the last check, to every caller.
      const answers = await Promise.all(Array.from({ length: 50 }, () => readyRoute.GET()))
      expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([200]))
      expect((await ready()).status).toBe(503)
    } finally {
      await pool.query('DELETE FROM payload_jobs WHERE id = $1', [rows[0].id])
    }
  })

  it('is not ready when the schema lacks a migration this code expects', async () => {
    const { rows } = await pool.query(
      `DELETE FROM payload_migrations WHERE name = (SELECT max(name) FROM payload_migrations)
       RETURNING name, batch`,
    )
    try {
      const { status, body } = await ready()
      expect(status).toBe(503)
      expect(body.reason).toBe('migrations pending')
      expect(body.checks.migrations.pending).toEqual([rows[0].name])
    } finally {
      await pool.query(
        'INSERT INTO payload_migrations (name, batch, updated_at, created_at) VALUES ($1, $2, now(), now())',
        [rows[0].name, rows[0].batch],
      )
    }
  })
})

describe('request ids', () => {
  it('keeps the caller’s X-Request-Id and names it in the answer', async () => {
    const response = await rest('news?limit=1', { headers: { 'X-Request-Id': 'lb-7f3a.42' } })
    expect(response.headers.get('x-request-id')).toBe('lb-7f3a.42')
  })

  it('makes one when there is none, or when the given one could forge a log line', async () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
    const none = await rest('news?limit=1')
    expect(none.headers.get('x-request-id')).toMatch(uuid)
    const forged = await rest('news?limit=1', {
      headers: { 'X-Request-Id': 'x"}\u0085{"level":"fatal' },
    })
    expect(forged.headers.get('x-request-id')).toMatch(uuid)
  })

  it('is on every JSON log line written while serving the request', async () => {
    const lines: string[] = []
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk))
        done()
      },
    })
    const logger = pino({ ...loggerOptions(), level: 'info' }, sink)
    requestContext.run({ requestId: 'req-1' }, () => logger.info('inside'))
    logger.info('outside')
    const [inside, outside] = lines.map((line) => JSON.parse(line))
    expect(inside).toMatchObject({ level: 'info', msg: 'inside', requestId: 'req-1' })
    expect(outside.requestId).toBeUndefined()
    expect(new Date(inside.time).toISOString()).toBe(inside.time)
  })
})

describe('read replicas', () => {
  it('come from DATABASE_READ_REPLICA_URIS, comma-separated; none when unset or empty', () => {
    const replicas = (value?: string) =>
      readSettings({ DATABASE_READ_REPLICA_URIS: value }).database.readReplicaUris
    expect(replicas(undefined)).toBeUndefined()
    expect(replicas(' , ')).toBeUndefined()
    expect(replicas('postgres://r1:5432/news, postgres://r2:5432/news')).toEqual([
      'postgres://r1:5432/news',
      'postgres://r2:5432/news',
    ])
  })
})
