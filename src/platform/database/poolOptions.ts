import { settings } from '@/platform/settings'

/** Set by `npm run dev` (embedded PostgreSQL), the tests, or the environment. */
export function databaseUri(): string {
  const uri = settings.database.uri
  if (uri || settings.building) return uri ?? ''
  throw new Error(
    'DATABASE_URI is not set. Start with `npm run dev` (it starts an embedded PostgreSQL) or set DATABASE_URI.',
  )
}

/**
 * The connection pool of each app instance and worker. Every process holds up to
 * DATABASE_POOL_MAX connections to the primary (and as many to each replica): instances × max
 * must stay under the server's `max_connections`.
 */
export const poolOptions = () => ({
  connectionString: databaseUri(),
  max: settings.database.poolMax,
  // Without it a request waits for ever when the database cannot be reached.
  connectionTimeoutMillis: 10_000,
})
