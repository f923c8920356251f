import type { Payload } from 'payload'

import { quotedTablesOf } from '@/platform/database/tables'
import { inPoolTransaction } from '@/platform/database/transaction'

import { auditLogSlug } from './actions'

/**
 * The setting the audit log's trigger (migration `audit_log`) asks before it lets a row be
 * deleted. Set only here, for one transaction (`set_config(…, true)`): retention is the one
 * way rows leave the log.
 */
export const pruneSetting = 'arctic.audit_log_prune'

/** Deletes the audit rows older than `before`; the number deleted. For the retention job. */
export async function pruneAuditLog(payload: Payload, before: Date): Promise<number> {
  const table = quotedTablesOf(payload, auditLogSlug).main
  return inPoolTransaction(payload, async (client) => {
    await client.query(`SELECT set_config($1, 'on', true)`, [pruneSetting])
    const { rowCount } = await client.query(`DELETE FROM ${table} WHERE "time" < $1`, [before])
    return rowCount ?? 0
  })
}
