import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import pg from 'pg'

import { databaseUri } from '@/platform/database/poolOptions'
import { transactionDb } from '@/platform/database/transaction'

const channel = 'arctic_content_changed'

/**
 * A counter every instance raises when public content changes anywhere: cached answers made
 * under an older value are stale. Changes on other instances arrive by PostgreSQL NOTIFY.
 */
let generation = 0
let listening: Promise<boolean> | undefined

export const contentGeneration = (): number => generation
export const markContentChanged = (): void => {
  generation += 1
}

/**
 * Sent inside the writing transaction, so PostgreSQL delivers it only once the change is
 * committed, and not at all if it rolls back. This instance also counts the change at once.
 */
export async function announceContentChange(req: PayloadRequest): Promise<void> {
  markContentChanged()
  await (await transactionDb(req)).execute(sql`select pg_notify(${channel}, '')`)
}

/** True once this instance hears other instances' changes; until then nothing may be cached. */
export function listenForContentChanges(): Promise<boolean> {
  listening ??= connect()
  return listening
}

async function connect(): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUri() })
  const retry = () => {
    listening = undefined
    markContentChanged()
    client.end().catch(() => undefined)
  }
  client.on('error', retry)
  client.on('end', retry)
  client.on('notification', markContentChanged)
  try {
    await client.connect()
    await client.query(`LISTEN ${channel}`)
    unref(client)
    return true
  } catch {
    retry()
    return false
  }
}

// The listener alone must not keep a script or test run alive.
const unref = (client: pg.Client) =>
  (
    client as unknown as { connection?: { stream?: { unref?: () => void } } }
  ).connection?.stream?.unref?.()
