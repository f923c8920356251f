import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

export type AppPool = PostgresAdapter['pool']

/** Payload's own pool on the primary, for what Payload has no API for: no second pool per process. */
export const appPool = (payload: Payload): AppPool =>
  (payload.db as unknown as PostgresAdapter).pool
