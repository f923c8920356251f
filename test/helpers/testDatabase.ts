import { randomBytes } from 'node:crypto'
import path from 'node:path'

import pg from 'pg'
import { expect, inject } from 'vitest'

import { createDatabase } from '@/platform/database/createDatabase'
import { freePort } from '@/platform/database/freePort'

/**
 * Every test file gets a database of its own on the run's server, so files never see each
 * other's rows: a copy of the migrated template, or an empty one for the files that show what
 * the app does to an empty database. The config reads DATABASE_URI when first imported, so this
 * runs first.
 */
const startEmpty = ['test/int/migrations.int.spec.ts', 'test/e2e/production.e2e.spec.ts']

const repoRoot = path.resolve(import.meta.dirname, '../..')
const testFile = path.relative(repoRoot, expect.getState().testPath ?? '')
const serverUrl = inject('postgresServerUrl')
const name = `arctic_test_${randomBytes(5).toString('hex')}`

async function copyOfTemplate(): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${inject('templateDatabase')}"`)
  } finally {
    await client.end()
  }
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

process.env.DATABASE_URI = startEmpty.includes(testFile)
  ? await createDatabase(serverUrl, name)
  : await copyOfTemplate()

// Each file's SMTP sink listens here; the config's mail transport reads it at import.
process.env.SMTP_URL = `smtp://127.0.0.1:${await freePort()}`
