import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

import { startEmbeddedPostgres, type PostgresServer } from '../../src/database/embeddedPostgres'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A connection string to the server's maintenance database, for creating test databases. */
    postgresServerUrl: string
  }
}

/** One PostgreSQL for the run: `DATABASE_URI`'s server when set, else a throwaway embedded one. */
export default async function globalSetup(project: TestProject) {
  const configured = process.env.DATABASE_URI
  if (configured) {
    const url = new URL(configured)
    url.pathname = '/postgres'
    project.provide('postgresServerUrl', url.toString())
    return
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'arctic-newsroom-pg-'))
  const server: PostgresServer = await startEmbeddedPostgres({ dataDir, throwaway: true })
  project.provide('postgresServerUrl', server.urlFor('postgres'))
  return async () => {
    await server.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
