import { sql } from '@payloadcms/db-postgres'
import {
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type PayloadRequest,
  type Plugin,
  type SanitizedCollectionConfig,
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
  if (!['update', 'delete'].includes(operation) || id === undefined || !req.transactionID) {
    return args
  }
  await lockParentFirst(req, collection, id)
  if (operation === 'update') await lockRow(req, collection.slug, id)
  return args
}

/**
 * A collection whose saves also decide about another document's row (a registration's seat is
 * decided under its event's lock, src/events/seats.ts) names that relationship in
 * `custom.lockFirst`, and that row is locked before its own, on update and delete alike: every
 * path then takes the two locks in the same order (event, then registration), so two
 * transactions cannot each hold one and wait for the other.
 */
async function lockParentFirst(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  id: number | string,
) {
  const name = (collection.custom as { lockFirst?: string } | undefined)?.lockFirst
  if (!name) return
  const field = collection.flattenedFields.find((candidate) => candidate.name === name)
  if (field?.type !== 'relationship' || typeof field.relationTo !== 'string') return
  const doc = (await req.payload.findByID({
    collection: collection.slug,
    id,
    select: { [name]: true },
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Record<string, unknown> | null
  const parent = doc?.[name]
  if (typeof parent === 'number' || typeof parent === 'string') {
    await lockRow(req, field.relationTo, parent)
  }
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
