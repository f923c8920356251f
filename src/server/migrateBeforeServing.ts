import { getPayload } from 'payload'
import pg from 'pg'
import type { Logger } from 'pino'

import { migrate } from '@/platform/database/migrate'
import { databaseUri } from '@/platform/database/poolOptions'
import { seedFirstAdmin } from '@/seed/seedFirstAdmin'
import config from '@payload-config'

/**
 * Brings the database up to this code's migrations and creates the first administrator, before
 * the instance serves anything, one instance at a time.
 *
 * Under `next start` alone Payload runs its `prodMigrations` on the first request, after the
 * server already listens, and without a lock: two instances starting on a new database both
 * run the first migration, and the loser's Payload calls `process.exit(1)` mid-request. A
 * PostgreSQL advisory lock makes the others wait and then find nothing left to do.
 */
export async function migrateBeforeServing(logger: Logger): Promise<void> {
  const lock = new pg.Client({ connectionString: databaseUri() })
  await lock.connect()
  try {
    const started = Date.now()
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [lockName])
    logger.info({ waitedMs: Date.now() - started }, 'Holding the migration lock')
    // A Payload of its own (`key`): the app's Next bundle starts its own from the built config.
    const payload = await getPayload({ config, key: 'migrations' })
    try {
      await migrate(payload)
      await seedFirstAdmin(payload)
    } finally {
      await payload.destroy()
    }
  } finally {
    await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [lockName]).catch(() => {})
    await lock.end()
  }
}

const lockName = 'arctic-newsroom:migrations'
