import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import type { Erasure } from '@/payload-types'
import { transactionDb } from '@/platform/database/transaction'

import { addressHash } from './addressHash'

export type Tombstone = {
  kind: Erasure['kind']
  formerId: number
  email: string
  consentGivenAt?: string | null
  consentConfirmedAt?: string | null
  consentVersion?: string | null
  requestedBy: Erasure['requestedBy']
  linkHash?: string | null
}

const local = { overrideAccess: true, showHiddenFields: true, depth: 0 } as const

/** Written in the erasure's own transaction (`req`), so no erasure is without its proof. */
export async function writeTombstone(req: PayloadRequest, { email, ...rest }: Tombstone) {
  await req.payload.create({
    collection: 'erasures',
    data: { ...rest, addressHash: addressHash(email), erasedAt: new Date().toISOString() },
    req,
    ...local,
  })
}

/** The tombstone of an erased row, if it was erased: its old links then answer 410. */
export async function tombstoneOf(payload: Payload, kind: Erasure['kind'], formerId: number) {
  const { docs } = await payload.find({
    collection: 'erasures',
    where: { and: [{ kind: { equals: kind } }, { formerId: { equals: formerId } }] },
    limit: 1,
    ...local,
  })
  return docs[0]
}

/** The tombstones of one address: all that is left to show of an erased person. */
export async function tombstonesOf(payload: Payload, email: string) {
  const { docs } = await payload.find({
    collection: 'erasures',
    where: { addressHash: { equals: addressHash(email) } },
    pagination: false,
    sort: 'erasedAt',
    overrideAccess: true,
    depth: 0,
  })
  return docs.map(({ id: _id, addressHash: _hash, updatedAt: _u, createdAt: _c, ...rest }) => rest)
}

export type JobField = 'subscriberId' | 'registrationId' | 'joinRequestId'

/**
 * Jobs whose input names the row: with its log, the only other place it is named. Erasure
 * deletes them, finished or not (a finished one's log may quote a refusal naming the address),
 * so a queued message never goes.
 */
export async function deleteJobsNaming(req: PayloadRequest, field: JobField, id: number) {
  const db = await transactionDb(req)
  await db.execute(sql`DELETE FROM payload_jobs WHERE input->>${field} = ${String(id)}`)
}

export async function pendingJobsNaming(req: PayloadRequest, field: JobField, id: number) {
  const db = await transactionDb(req)
  const { rows } = (await db.execute(
    sql`SELECT task_slug AS task, created_at AS "queuedAt", wait_until AS "waitUntil"
          FROM payload_jobs WHERE input->>${field} = ${String(id)} AND completed_at IS NULL
         ORDER BY id`,
  )) as unknown as { rows: { task: string; queuedAt: string; waitUntil: string | null }[] }
  return rows
}
