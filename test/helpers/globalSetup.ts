import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import type { TestProject } from 'vitest/node'

import { createDatabase, dropDatabase } from '@/platform/database/createDatabase'
import { startEmbeddedPostgres } from '@/platform/database/embeddedPostgres'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A connection string to the server's maintenance database, for creating test databases. */
    postgresServerUrl: string
    /** A database with every committed migration applied, for test databases to copy. */
    templateDatabase: string
    /** A folder of this run's own, removed when it ends. */
    runDir: string
    /** The variables vitest's config sets for every test file. */
    testEnvKeys: string[]
  }
}

const repoRoot = path.resolve(import.meta.dirname, '../..')
const run = promisify(execFile)

/**
 * One PostgreSQL for the run (`DATABASE_URI`'s server when set, else a throwaway embedded one)
 * and on it a template database migrated once: copying it takes a test file a fraction of a
 * second, where running the migrations took each file seconds.
 */
export default async function globalSetup(project: TestProject) {
  const runDir = mkdtempSync(path.join(os.tmpdir(), 'arctic-newsroom-run-'))
  // PostgreSQL runs as its own system user when we are root: it must reach its folders in here.
  chmodSync(runDir, 0o755)
  const server = await startServer(runDir)
  const template = `arctic_template_${randomBytes(5).toString('hex')}`
  const teardown = async () => {
    await dropDatabase(server.url, template)
    await server.stop()
    rmSync(runDir, { recursive: true, force: true })
  }
  try {
    await migrateTemplate(await createDatabase(server.url, template))
  } catch (error) {
    // vitest runs no teardown for a setup that failed: the server would outlive the run.
    await teardown()
    throw error
  }
  project.provide('postgresServerUrl', server.url)
  project.provide('templateDatabase', template)
  project.provide('runDir', runDir)
  return teardown
}

async function startServer(runDir: string) {
  const configured = process.env.DATABASE_URI
  if (configured) {
    const url = new URL(configured)
    url.pathname = '/postgres'
    return { url: url.toString(), stop: async () => {} }
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(runDir, 'postgres'),
    throwaway: true,
  })
  return { url: embedded.urlFor('postgres'), stop: embedded.stop }
}

/** In a process of its own: this one (vitest's) must not keep the app's modules loaded. */
async function migrateTemplate(databaseUri: string) {
  await run(process.execPath, ['--import', 'tsx', 'test/helpers/migrateDatabase.ts'], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URI: databaseUri, LOG_LEVEL: 'warn' },
    maxBuffer: 16 * 1024 * 1024,
  })
}
