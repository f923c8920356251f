import path from 'node:path'

import { settings } from '@/platform/settings'

import { createDatabase } from './createDatabase'
import { startEmbeddedPostgres } from './embeddedPostgres'

export type Database = { uri: string; stop: () => Promise<void> }

/** `DATABASE_URI` when set; otherwise an embedded PostgreSQL keeping its data under `.data/`. */
export async function resolveDatabase(): Promise<Database> {
  const configured = settings.database.uri
  if (configured) return { uri: configured, stop: async () => {} }

  const server = await startEmbeddedPostgres({ dataDir: path.resolve('.data/postgres') })
  const uri = await createDatabase(server.urlFor('postgres'), 'arctic_newsroom')
  return { uri, stop: server.stop }
}
