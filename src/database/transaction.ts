import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

/** The database handle of the request's transaction, so raw SQL sees (and joins) its writes. */
export async function transactionDb(req: PayloadRequest) {
  const adapter = req.payload.db as unknown as PostgresAdapter
  return (req.transactionID && adapter.sessions[await req.transactionID]?.db) || adapter.drizzle
}
