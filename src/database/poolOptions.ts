import { databaseUri } from '@/environment'

/**
 * The connection pool of each app instance and worker. Every process holds up to `max`
 * connections to the primary (and as many to each replica): instances × max must stay under
 * the server's `max_connections`.
 */
export const poolMax = (): number => Number(process.env.DATABASE_POOL_MAX ?? 10)

export const poolOptions = () => ({
  connectionString: databaseUri(),
  max: poolMax(),
  // Without it a request waits for ever when the database cannot be reached.
  connectionTimeoutMillis: 10_000,
})

/**
 * `DATABASE_READ_REPLICA_URIS`, comma-separated. Payload sends reads there and writes, and
 * reads for 2 s after this process wrote, to the primary. Unset or empty: no replicas.
 */
export function readReplicaUris(
  list = process.env.DATABASE_READ_REPLICA_URIS,
): string[] | undefined {
  const uris = (list ?? '')
    .split(',')
    .map((uri) => uri.trim())
    .filter(Boolean)
  return uris.length ? uris : undefined
}
