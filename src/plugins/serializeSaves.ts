import { sql } from '@payloadcms/db-postgres'
import {
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type PayloadRequest,
  type Plugin,
} from 'payload'

import { languageFromHeader, translate } from '@/i18n'
import { tablesOf } from '@/platform/database/tables'
import { transactionDb } from '@/platform/database/transaction'
import { settings } from '@/platform/settings'

// drizzle wraps the driver's error; PostgreSQL's code for lock_timeout is 55P03.
const isLockTimeout = (error: unknown): boolean =>
  (error as { code?: string })?.code === '55P03' ||
  (error as { cause?: { code?: string } })?.cause?.code === '55P03'

async function lockRow(req: PayloadRequest, slug: CollectionSlug, id: number | string) {
  const table = tablesOf(req.payload, slug).main
  const waitSeconds = settings.saveLockWaitSeconds
  const db = await transactionDb(req)
  await db.execute(sql`SELECT set_config('lock_timeout', ${`${waitSeconds}s`}, true)`)
  try {
    await db.execute(sql`SELECT 1 FROM ${sql.identifier(table)} WHERE id = ${id} FOR UPDATE`)
  } catch (error) {
    if (!isLockTimeout(error)) throw error
    const language = languageFromHeader(req.headers.get('accept-language'))
    throw new APIError(
      translate(language, 'api.saveBusy', { seconds: waitSeconds }),
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
