import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { tablesOf } from '@/platform/database/tables'

import { auditLogSlug } from './actions'

/**
 * The setting the audit log's trigger (migration `audit_log`) asks before it lets a row be
 * deleted. Set only here, for one transaction (`set_config(…, true)`): retention is the one
 * way rows leave the log.
 */
export const pruneSetting = 'arctic.audit_log_prune'

/**
 * Deletes the audit rows older than `cutoff`, for the retention run's transaction. The setting
 * is made by an uncorrelated subquery, which PostgreSQL runs once, before the first row is
 * deleted and so before the trigger asks; it lasts until that transaction ends.
 */
export const pruneAuditLog = (payload: Payload, cutoff: Date) => sql`
  DELETE FROM ${sql.identifier(tablesOf(payload, auditLogSlug).main)}
  WHERE "time" < ${cutoff} AND (SELECT set_config(${pruneSetting}, 'on', true)) = 'on'`
