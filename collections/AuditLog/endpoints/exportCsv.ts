import type { Endpoint } from 'payload'

import { auditLogSlug } from '@/audit/actions'
import { periodOf } from '@/audit/period'
import { recordAudit } from '@/audit/recordAudit'
import { clientErrorResponse } from '@/platform/problems'
import { csvResponse, toCsv } from '@/reports/csv'

const header = [
  'time',
  'actorId',
  'actorEmail',
  'actorRoles',
  'action',
  'targetCollection',
  'targetId',
  'locale',
  'requestId',
  'clientAddress',
  'detail',
]

const idOf = (value: number | { id: number } | null | undefined) =>
  typeof value === 'object' && value ? value.id : value

/**
 * GET /api/audit-log/export.csv?from=2026-01-01&to=2026-12-31 — the rows of the period (both
 * days included, Finnish time; either may be left out), oldest first, for the data protection
 * officer. The export is itself a row of the log, written before the file is answered.
 */
export const auditLogExport: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    const query = new URL(req.url!).searchParams
    const period = periodOf(query.get('from'), query.get('to'))
    if (!period) return clientErrorResponse(req.headers, 'audit.badPeriod')
    const { docs } = await req.payload.find({
      collection: auditLogSlug,
      where: period.where,
      sort: 'time',
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    const rows = docs.map((row) => [
      row.time,
      idOf(row.actor),
      row.actorEmail,
      row.actorRoles,
      row.action,
      row.targetCollection,
      row.targetId,
      row.locale,
      row.requestId,
      row.clientAddress,
      row.detail === null || row.detail === undefined ? null : JSON.stringify(row.detail),
    ])
    await recordAudit(req, {
      action: 'export',
      targetCollection: auditLogSlug,
      detail: { from: period.from ?? null, to: period.to ?? null, rows: rows.length },
    })
    return csvResponse(toCsv(header, rows), auditLogSlug)
  },
}
