import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload } from 'payload'

import { inTransaction, transactionDb } from '@/platform/database/transaction'

import { deleteJobsNaming, writeTombstone } from './tombstones'

/**
 * Erases a subscriber (GDPR Art. 17): their deliveries, the jobs naming them and their row
 * (its clusters and document locks go with it), leaving the tombstone, in one transaction.
 * The row is locked first, so a send freezing its audience meanwhile either has it or not.
 * False if there was no such subscriber (erased already).
 */
export async function eraseSubscriber(
  payload: Payload,
  subscriberId: number,
  requestedBy: 'self' | 'staff',
): Promise<boolean> {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    const db = await transactionDb(req)
    const { rows } = (await db.execute(
      sql`SELECT id FROM subscribers WHERE id = ${subscriberId} FOR UPDATE`,
    )) as unknown as { rows: unknown[] }
    if (!rows.length) return false
    const { email, consent } = await payload.findByID({
      collection: 'subscribers',
      id: subscriberId,
      req,
      depth: 0,
    })
    await db.execute(sql`DELETE FROM deliveries WHERE subscriber_id = ${subscriberId}`)
    await deleteJobsNaming(req, 'subscriberId', subscriberId)
    await db.execute(sql`DELETE FROM subscribers WHERE id = ${subscriberId}`)
    await writeTombstone(req, {
      kind: 'subscriber',
      formerId: subscriberId,
      email,
      consentGivenAt: consent?.subscribedAt,
      consentConfirmedAt: consent?.confirmedAt,
      consentVersion: consent?.version,
      requestedBy,
    })
    return true
  })
}
