import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

export type AppPool = PostgresAdapter['pool']

/**
 * Payload's database adapter as what it is here, PostgreSQL: the one place that says so, for
 * the raw SQL that Payload has no API for.
 */
export const databaseAdapter = (payload: Payload): PostgresAdapter =>
  payload.db as unknown as PostgresAdapter

/** Payload's own pool on the primary: no second pool per process. */
export const appPool = (payload: Payload): AppPool => databaseAdapter(payload).pool
