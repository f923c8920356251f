import type { Payload } from 'payload'

import { appPool } from '@/platform/database/pool'
import { quotedTablesOf } from '@/platform/database/tables'
import { isShuttingDown } from '@/platform/lifecycle'
import { settings } from '@/platform/settings'
import { migrations } from '@migrations'

export type Readiness = {
  ready: boolean
  /** Why not, when not ready: what an operator reads first. */
  reason?: string
  checks: {
    database: { ok: boolean; ms?: number }
    migrations?: { ok: boolean; pending: string[] }
    queue?: { ok: boolean; due: number; oldestDueSeconds: number; maxWaitSeconds: number }
  }
}

const databaseTimeoutMs = 2_000

/**
 * Ready to take traffic: not shutting down, the database answers within 2 s, its schema has
 * every migration this code expects, and the jobs queue is not backed up (a due job has not
 * waited longer than READY_MAX_QUEUE_WAIT_SECONDS, which means no worker is keeping up).
 */
export async function readiness(payload: Payload): Promise<Readiness> {
  if (isShuttingDown()) {
    return { ready: false, reason: 'shutting down', checks: { database: { ok: true } } }
  }
  const pool = appPool(payload)
  const tables = {
    migrations: quotedTablesOf(payload, 'payload-migrations').main,
    jobs: quotedTablesOf(payload, 'payload-jobs').main,
  }
  const started = performance.now()
  let applied: string[]
  try {
    const { rows } = await withTimeout(
      pool.query<{ name: string }>(`SELECT name FROM ${tables.migrations}`),
      databaseTimeoutMs,
    )
    applied = rows.map((row) => row.name)
  } catch (error) {
    payload.logger.warn({ err: error }, 'Readiness: the database did not answer')
    return { ready: false, reason: 'database unreachable', checks: { database: { ok: false } } }
  }
  const database = { ok: true, ms: Math.round(performance.now() - started) }

  const pending = migrations.map((m) => m.name).filter((name) => !applied.includes(name))
  const migrationCheck = { ok: pending.length === 0, pending }

  const { rows } = await pool.query<{ due: number; oldest: number | null }>(
    `SELECT count(*)::int AS due,
       extract(epoch FROM now() - min(coalesce(wait_until, created_at)))::float AS oldest
     FROM ${tables.jobs}
     WHERE completed_at IS NULL AND NOT coalesce(has_error, false)
       AND NOT coalesce(processing, false) AND (wait_until IS NULL OR wait_until <= now())`,
  )
  const maxWaitSeconds = settings.readyMaxQueueWaitSeconds
  const oldestDueSeconds = Math.max(0, Math.round(rows[0]?.oldest ?? 0))
  const queue = {
    ok: maxWaitSeconds <= 0 || oldestDueSeconds <= maxWaitSeconds,
    due: rows[0]?.due ?? 0,
    oldestDueSeconds,
    maxWaitSeconds,
  }

  const checks = { database, migrations: migrationCheck, queue }
  if (!migrationCheck.ok) return { ready: false, reason: 'migrations pending', checks }
  if (!queue.ok) return { ready: false, reason: 'jobs queue backed up', checks }
  return { ready: true, checks }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
