import { readFileSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'
import type { Logger } from 'pino'

import { databaseUri } from '@/platform/database/poolOptions'
import { settings } from '@/platform/settings'

/**
 * Brings the database up to this code's migrations and creates the first administrator, before
 * the instance serves anything, one instance at a time.
 *
 * Under `next start` alone Payload runs its `prodMigrations` on the first request, after the
 * server already listens, and without a lock: two instances starting on a new database both
 * run the first migration, and the loser's Payload calls `process.exit(1)` mid-request. A
 * PostgreSQL advisory lock makes the others wait and then find nothing left to do.
 *
 * Holding the lock, plain SQL first says whether there is anything to do: on an up-to-date
 * database (every start but the first after a deploy) that spares a whole Payload start-up,
 * about 2 s of a cold start.
 */
export async function migrateBeforeServing(logger: Logger): Promise<void> {
  const lock = new pg.Client({ connectionString: databaseUri() })
  await lock.connect()
  try {
    const started = Date.now()
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [lockName])
    logger.info({ waitedMs: Date.now() - started }, 'Holding the migration lock')
    const checked = Date.now()
    const work = await pendingWork(lock)
    logger.info({ checkMs: Date.now() - checked, ...work }, 'Checked migrations')
    if (work.pendingMigrations.length === 0 && !work.firstAdminMissing) return
    await migrateWithPayload(logger)
  } finally {
    await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [lockName]).catch(() => {})
    await lock.end()
  }
}

async function migrateWithPayload(logger: Logger): Promise<void> {
  const started = Date.now()
  // Imported only when needed: the config and the migrations load most of Payload and Drizzle.
  const [{ getPayload }, { default: config }, { migrate }, { seedFirstAdmin }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('@/platform/database/migrate'),
    import('@/seed/seedFirstAdmin'),
  ])
  // A Payload of its own (`key`): the app's Next bundle starts its own from the built config.
  const payload = await getPayload({ config, key: 'migrations' })
  try {
    await migrate(payload)
    await seedFirstAdmin(payload)
  } finally {
    await payload.destroy()
  }
  logger.info({ ms: Date.now() - started }, 'Migrated with Payload')
}

type PendingWork = { pendingMigrations: string[]; firstAdminMissing: boolean }

/**
 * What Payload's migrate and the first-administrator seed would do. A schema that was pushed in
 * development (a `dev` row, batch -1) also goes to Payload, which knows what to say about it.
 */
export async function pendingWork(client: pg.ClientBase): Promise<PendingWork> {
  const committed = committedMigrationNames()
  const { rows: table } = await client.query<{ exists: boolean }>(
    "SELECT to_regclass('payload_migrations') IS NOT NULL AS exists",
  )
  if (!table[0]?.exists) return { pendingMigrations: committed, firstAdminMissing: true }
  // `batch` is numeric, which `pg` returns as a string: compared in SQL.
  const { rows } = await client.query<{ name: string; pushed: boolean }>(
    'SELECT name, batch = -1 AS pushed FROM payload_migrations',
  )
  const applied = new Set(rows.filter((row) => !row.pushed).map((row) => row.name))
  const pushed = rows.some((row) => row.pushed)
  const pendingMigrations = committed.filter((name) => pushed || !applied.has(name))
  let firstAdminMissing = false
  if (settings.firstAdmin) {
    const { rows: users } = await client.query<{ any: boolean }>(
      'SELECT EXISTS (SELECT 1 FROM users) AS any',
    )
    firstAdminMissing = !users[0]?.any
  }
  return { pendingMigrations, firstAdminMissing }
}

export const migrationsIndex = path.resolve(import.meta.dirname, '../../migrations/index.ts')

/**
 * The names in migrations/index.ts, read as text: importing it loads every migration and Drizzle
 * (2–3 s). test/int/startup.int.spec.ts checks they are the names the import gives.
 */
export function committedMigrationNames(): string[] {
  const text = readFileSync(migrationsIndex, 'utf8')
  return [...text.matchAll(/^\s*name: '([^']+)',?$/gm)].map((match) => match[1]!)
}

const lockName = 'arctic-newsroom:migrations'
