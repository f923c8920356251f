import type { PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/locales'
import { requestClientAddress } from '@/platform/clientAddress'
import { currentRequestId, requestIdFrom } from '@/platform/logging/requestContext'

import { auditLogSlug, type AuditAction } from './actions'

export type AuditEntry = {
  action: AuditAction
  targetCollection?: string
  targetId?: number | string
  /** The language published or withdrawn. */
  locale?: Locale
  /** A few facts worth keeping (counts, ids, a period); never the personal data itself. */
  detail?: Record<string, unknown>
}

const staffOf = (req: PayloadRequest) => (req.user?.collection === 'users' ? req.user : undefined)

/**
 * Writes one audit row for what the request's user did. It goes into the request's transaction
 * when it has one (`req` is passed on), so an action rolled back leaves no row; an action made
 * of several writes runs them and this in `inTransaction(req, …)`. A failed write is thrown,
 * not swallowed: the action then fails rather than happen unrecorded (inside a transaction
 * PostgreSQL has aborted it anyway).
 */
export async function recordAudit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  const user = staffOf(req)
  try {
    await req.payload.create({
      collection: auditLogSlug,
      req,
      overrideAccess: true,
      depth: 0,
      data: {
        time: new Date().toISOString(),
        actor: user?.id ?? null,
        actorEmail: user?.email ?? null,
        actorRoles: user?.roles?.join(', ') ?? null,
        action: entry.action,
        targetCollection: entry.targetCollection ?? null,
        targetId: entry.targetId === undefined ? null : String(entry.targetId),
        locale: entry.locale ?? null,
        // Outside an HTTP request (a script, a job) the row gets an id of its own.
        requestId: currentRequestId() ?? requestIdFrom(req.headers?.get('x-request-id')),
        clientAddress: req.headers ? requestClientAddress(req.headers) : null,
        detail: entry.detail ?? null,
      },
    })
  } catch (error) {
    req.payload.logger.error({ err: error, audit: entry }, 'Audit row not written')
    throw error
  }
}
