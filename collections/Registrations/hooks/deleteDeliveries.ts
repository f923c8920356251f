import { sql } from '@payloadcms/db-postgres'
import type { CollectionBeforeDeleteHook } from 'payload'

import { tablesOf } from '@/platform/database/tables'
import { transactionDb } from '@/platform/database/transaction'

/**
 * A registration's reminders, follow-ups and messages carry its address: they go with it,
 * in the same transaction, however it is deleted (an erasure, staff in the admin). The
 * relationship alone would only set their `registration` to null and keep the address.
 */
export const deleteDeliveries: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const db = await transactionDb(req)
  const deliveries = sql.identifier(tablesOf(req.payload, 'deliveries').main)
  await db.execute(sql`DELETE FROM ${deliveries} WHERE registration_id = ${Number(id)}`)
}
