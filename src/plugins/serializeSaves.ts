import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import {
  APIError,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
  type Plugin,
} from 'payload'

import { transactionDb } from '@/database/transaction'
import { languageFromHeader, translate } from '@/i18n'

const lockWaitSeconds = () => Number(process.env.SAVE_LOCK_WAIT_SECONDS ?? 10)

/** The adapter keys its tables by the slug in snake case: `joinRequests` → `join_requests`. */
const tableOf = (req: PayloadRequest, slug: string) =>
  (req.payload.db as unknown as PostgresAdapter).tableNameMap.get(
    slug
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .replace(/-/g, '_')
      .toLowerCase(),
  )

// drizzle wraps the driver's error; PostgreSQL's code for lock_timeout is 55P03.
const isLockTimeout = (error: unknown): boolean =>
  (error as { code?: string })?.code === '55P03' ||
  (error as { cause?: { code?: string } })?.cause?.code === '55P03'

async function lockRow(req: PayloadRequest, slug: string, id: number | string) {
  const table = tableOf(req, slug)
  if (!table) return
  const db = await transactionDb(req)
  await db.execute(sql`SELECT set_config('lock_timeout', ${`${lockWaitSeconds()}s`}, true)`)
  try {
    await db.execute(sql`SELECT 1 FROM ${sql.identifier(table)} WHERE id = ${id} FOR UPDATE`)
  } catch (error) {
    if (!isLockTimeout(error)) throw error
    const language = languageFromHeader(req.headers.get('accept-language'))
    throw new APIError(
      translate(language, 'api.saveBusy', { seconds: lockWaitSeconds() }),
      409,
      undefined,
      true,
    )
  }
}

/**
 * Payload saves a document by reading it, merging the request's fields and writing the whole
 * row. Two saves of one document at once, on one instance or two, would each merge onto the
 * same old copy and the later write would silently drop the earlier one's changes. Holding
 * the row's lock from before that read until the transaction commits makes the second save
 * read what the first wrote. Whole-form saves of stale copies in the admin are Payload's
 * document locking's job.
 */
const lockBeforeUpdate: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const id = (args as { id?: number | string }).id
  if (operation === 'update' && id !== undefined && req.transactionID) {
    await lockRow(req, collection.slug, id)
  }
  return args
}

export const serializeSaves: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [lockBeforeUpdate, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
})
