import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseAdapter } from '@/platform/database/pool'
import { databaseUri } from '@/platform/database/poolOptions'
import { committedMigrationNames, pendingWork } from '@/server/migrateBeforeServing'
import { migrations } from '@migrations'

import { bootPayload } from '../helpers/payload'

const migrationDir = path.resolve(import.meta.dirname, '../../migrations')

let payload: Payload
let db: PostgresAdapter

beforeAll(async () => {
  // This file's database starts empty: bootPayload applies every committed migration to it.
  payload = await bootPayload()
  db = databaseAdapter(payload)
})

afterAll(async () => {
  await payload.destroy()
})

describe('committed migrations', () => {
  it('all ran, in order, on an empty database', async () => {
    const committed = readdirSync(migrationDir)
      .filter((file) => /^\d.*\.ts$/.test(file))
      .map((file) => file.replace(/\.ts$/, ''))
      .sort()
    const { docs } = await payload.find({
      collection: 'payload-migrations',
      sort: 'createdAt',
      limit: 100,
    })
    expect(docs.map((doc) => doc.name)).toEqual(committed)
  })

  it('produce exactly the schema the config describes: nothing for PostgreSQL to push', async () => {
    const { pushSchema } = db.requireDrizzleKit()
    // drizzle-kit's push compares the live database with the schema built from the config.
    const result = await pushSchema(db.schema, db.drizzle, [db.schemaName || 'public'])
    const { statementsToExecute, hasDataLoss, warnings } = result as typeof result & {
      statementsToExecute: string[]
    }
    const pending = []
    for (const statement of statementsToExecute) {
      if (!(await restatesLiveDefault(statement))) pending.push(statement)
    }
    expect({ pending, hasDataLoss, warnings }).toEqual({
      pending: [],
      hasDataLoss: false,
      warnings: [],
    })
  })

  it('the last snapshot matches the config, so `migrate:create` would find nothing to do', async () => {
    const { generateDrizzleJson, generateMigration, upSnapshot } = db.requireDrizzleKit()
    const snapshots = readdirSync(migrationDir)
      .filter((file) => file.endsWith('.json'))
      .sort()
    let last = JSON.parse(readFileSync(path.join(migrationDir, snapshots.at(-1)!), 'utf8'))
    const current = await generateDrizzleJson(db.schema)
    if (upSnapshot && last.version < current.version) last = upSnapshot(last)
    expect(await generateMigration(last, current)).toEqual([])
  })
})

/**
 * drizzle-kit reads a numeric column's default back as the text '0'::numeric and so always
 * proposes `SET DEFAULT 0` again. Such a statement is drift only if the live default differs.
 */
async function restatesLiveDefault(statement: string): Promise<boolean> {
  const match = /^ALTER TABLE "(\w+)" ALTER COLUMN "(\w+)" SET DEFAULT (-?[\d.]+);$/.exec(statement)
  if (!match) return false
  const [, table, column, value] = match
  const { rows } = await db.pool.query<{ column_default: string | null }>(
    'SELECT column_default FROM information_schema.columns WHERE table_name = $1 AND column_name = $2',
    [table, column],
  )
  const live = rows[0]?.column_default?.match(/^'?(-?[\d.]+)'?(::numeric)?$/)?.[1]
  return live !== undefined && Number(live) === Number(value)
}

describe('the start-up check (what `npm start` does without a Payload)', () => {
  it('reads the names migrations/index.ts exports, in order', () => {
    expect(committedMigrationNames()).toEqual(migrations.map((migration) => migration.name))
  })

  it('finds nothing to do on a migrated database, and a migration whose row is missing', async () => {
    const client = new pg.Client({ connectionString: databaseUri() })
    await client.connect()
    try {
      expect((await pendingWork(client)).pendingMigrations).toEqual([])
      const last = migrations.at(-1)!.name
      // In a transaction that is rolled back, so the other tests keep their database.
      await client.query('BEGIN')
      await client.query('DELETE FROM payload_migrations WHERE name = $1', [last])
      expect((await pendingWork(client)).pendingMigrations).toEqual([last])
      await client.query(`INSERT INTO payload_migrations (name, batch) VALUES ('dev', -1)`)
      expect((await pendingWork(client)).pendingMigrations).toEqual(committedMigrationNames())
    } finally {
      await client.query('ROLLBACK').catch(() => {})
      await client.end()
    }
  })
})
