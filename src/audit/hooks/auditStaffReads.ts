import type { CollectionAfterOperationHook } from 'payload'

import { isStaff } from '@/access/isStaff'
import { recordAudit, type AuditEntry } from '@/audit/recordAudit'

/**
 * Set in a read's `context` by a caller that audits the read itself (an export), so that the
 * same request does not leave a second row.
 */
export const auditedByCaller = 'auditedByCaller'

const recordedKey = (entry: AuditEntry) =>
  `audited:${entry.action}:${entry.targetCollection}:${entry.targetId ?? ''}`

/**
 * A staff member's read of personal data leaves one row per request, whether it came through
 * REST, GraphQL or the admin (all ask with `overrideAccess: false`): the list's ids, or the
 * document's. The app's own reads (full access) are not staff reading and leave none.
 */
export const auditStaffReads: CollectionAfterOperationHook = async (args) => {
  const { collection, overrideAccess, req, result } = args
  if (overrideAccess || !isStaff({ req }) || req.context[auditedByCaller]) return result
  const entry = entryOf(collection.slug, args)
  if (!entry || req.context[recordedKey(entry)]) return result
  await recordAudit(req, entry)
  req.context[recordedKey(entry)] = true
  return result
}

function entryOf(
  targetCollection: string,
  args: Parameters<CollectionAfterOperationHook>[0],
): AuditEntry | undefined {
  if (args.operation === 'findByID') {
    return { action: 'viewDocument', targetCollection, targetId: args.args.id }
  }
  if (args.operation === 'find') {
    const { docs, totalDocs } = args.result as { docs: { id: number }[]; totalDocs: number }
    const ids = docs.map((doc) => doc.id)
    return { action: 'viewList', targetCollection, detail: { ids, totalDocs } }
  }
  return undefined
}
