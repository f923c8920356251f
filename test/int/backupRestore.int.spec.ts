import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest'

import { createDatabase, dropDatabase } from '@/platform/database/createDatabase'

import { cannotRun } from '../helpers/cannotRun'
import { newsData } from '../helpers/news'

/**
 * docs/deployment.md's backup and restore, run as written: pg_dump of a newsroom with content,
 * pg_restore into a new, empty database, and the app on the restored one serving the same
 * answers. pg_dump refuses servers newer than itself, so this runs on the run's server when
 * the installed pg_dump can dump it, else on this machine's own PostgreSQL
 * (BACKUP_TEST_POSTGRES_URL, by default postgres://postgres@127.0.0.1:5432/postgres).
 */
const major = (version: string) => Number(version.match(/(\d+)/)?.[1])
const pgDumpMajor = (() => {
  const result = spawnSync('pg_dump', ['--version'], { encoding: 'utf8' })
  return result.status === 0 ? major(result.stdout.replace(/^\D+/, '')) : null
})()

const unreachable: string[] = []

async function serverMajor(url: string): Promise<number | null> {
  // Generous: on a busy machine a connection can take seconds, and a miss fails the run in CI.
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 20_000 })
  try {
    await client.connect()
    const { rows } = await client.query('SHOW server_version_num')
    return Math.floor(Number(rows[0].server_version_num) / 10_000)
  } catch (error) {
    unreachable.push(`${new URL(url).host}: ${(error as Error).message}`)
    return null
  } finally {
    await client.end().catch(() => {})
  }
}

async function dumpableServer(): Promise<string | null> {
  if (pgDumpMajor === null) return null
  const candidates = [
    inject('postgresServerUrl'),
    process.env.BACKUP_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  ]
  for (const url of candidates) {
    const version = await serverMajor(url)
    if (version !== null && version <= pgDumpMajor) return url
  }
  return null
}

const server = await dumpableServer()
const serverVersion = server ? await serverMajor(server) : null
if (!server) {
  cannotRun(
    'backup and restore',
    `no PostgreSQL that this machine's pg_dump (${pgDumpMajor ?? 'not installed'}) can dump` +
      (unreachable.length ? ` (unreachable: ${unreachable.join('; ')})` : ''),
  )
}

const suffix = Math.random().toString(36).slice(2, 8)
const sourceName = `arctic_backup_source_${suffix}`
const restoredName = `arctic_backup_restored_${suffix}`
const dumpDir = mkdtempSync(path.join(os.tmpdir(), 'arctic-backup-'))
const dumpFile = path.join(dumpDir, 'newsroom.dump')

/**
 * The app's modules afresh on `databaseUri`: the config reads DATABASE_URI when imported, and
 * the route handlers take Payload's cached instance, which must be this database's.
 */
async function appOn(databaseUri: string) {
  process.env.DATABASE_URI = databaseUri
  vi.resetModules()
  ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('default')
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  const { migrate } = await import('@/platform/database/migrate')
  const { readiness } = await import('@/health/readiness')
  const api = await import('../helpers/api')
  return { payload, migrate, readiness, api }
}

/** What a partner site, a feed reader and the search box get, and what only staff can see. */
async function answers(app: Awaited<ReturnType<typeof appOn>>) {
  const { rest } = app.api
  const read = async (route: string) => {
    const response = await rest(route)
    expect(response.status).toBe(200)
    return response.json()
  }
  return {
    news: await read('news?locale=fi&limit=100&sort=id'),
    clusters: await read('clusters?locale=sv&limit=100&sort=id'),
    experts: await read('experts?locale=en&limit=100&sort=id'),
    search: await read('search?q=kiertotalous&locale=fi'),
    users: (await app.payload.find({ collection: 'users', sort: 'id' })).docs.map((u) => u.email),
    subscribers: (await app.payload.find({ collection: 'subscribers', sort: 'id' })).docs.map(
      (s) => [s.email, s.status, s.locale],
    ),
  }
}

describe.skipIf(!server)('backup and restore (pg_dump / pg_restore)', () => {
  let source: Awaited<ReturnType<typeof appOn>>
  let before: Awaited<ReturnType<typeof answers>>

  beforeAll(async () => {
    source = await appOn(await createDatabase(server!, sourceName))
    await source.migrate(source.payload)
    const { seed } = await import('@/seed')
    process.env.ADMIN_EMAIL = 'admin@example.test'
    process.env.ADMIN_PASSWORD = 'correct horse battery staple'
    await seed(source.payload)
    await source.payload.create({
      collection: 'subscribers',
      data: { email: 'lukija@example.test', locale: 'sv', status: 'confirmed' },
    })
    before = await answers(source)
  })

  afterAll(async () => {
    delete process.env.ADMIN_EMAIL
    delete process.env.ADMIN_PASSWORD
    await source?.payload.destroy()
    if (server) {
      await dropDatabase(server, sourceName)
      await dropDatabase(server, restoredName)
    }
    rmSync(dumpDir, { recursive: true, force: true })
  })

  it('restores a dump into a fresh database that then serves the same content', async () => {
    expect(before.news.totalDocs).toBeGreaterThan(0)
    expect(before.search.docs.length).toBeGreaterThan(0)

    const sourceUri = process.env.DATABASE_URI!
    execFileSync('pg_dump', ['--format=custom', '--no-owner', `--file=${dumpFile}`, sourceUri])
    const size = `${(statSync(dumpFile).size / 1024).toFixed(0)} KiB`
    console.info(
      `pg_dump ${pgDumpMajor} of the demo newsroom on PostgreSQL ${serverVersion}: ${size}`,
    )
    // The source is gone: what follows can only come from the dump.
    await source.payload.destroy()
    await dropDatabase(server!, sourceName)

    const restoredUri = await createDatabase(server!, restoredName)
    execFileSync('pg_restore', [
      '--no-owner',
      '--exit-on-error',
      `--dbname=${restoredUri}`,
      dumpFile,
    ])
    const restored = await appOn(restoredUri)
    try {
      // Ready to serve at once: the dump brought the schema and its migration records.
      const { ready, checks } = await restored.readiness(restored.payload)
      expect({ ready, pending: checks.migrations?.pending }).toEqual({ ready: true, pending: [] })
      expect(await answers(restored)).toEqual(before)
      // Writes work too: sequences, triggers and the search index came back with the data.
      const item = await restored.payload.create({
        collection: 'news',
        locale: 'fi',
        data: newsData({
          title: 'Palautettu uutinen',
          summary: 'Palautettu.',
          _status: 'published',
        }),
      })
      expect(item.id).toBeGreaterThan(
        Math.max(...before.news.docs.map((d: { id: number }) => d.id)),
      )
      const found = await (await restored.api.rest('search?q=palautettu&locale=fi')).json()
      expect(found.docs.map((d: { id: number }) => d.id)).toContain(item.id)
    } finally {
      await restored.payload.destroy()
    }
  })
})
