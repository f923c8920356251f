import type { Endpoint, PayloadRequest } from 'payload'

import { auditedByCaller } from '@/audit/hooks/auditStaffReads'
import { recordAudit } from '@/audit/recordAudit'
import { municipalityName } from '@/lapland/municipalities'
import { appPool } from '@/platform/database/pool'
import { clientErrorResponse } from '@/platform/problems'
import { csvResponse, toCsv } from '@/reports/csv'

const forbidden = (req: PayloadRequest) =>
  clientErrorResponse(req.headers, 'reports.forbidden', {}, 403)

const idOf = (value: number | { id: number }) => (typeof value === 'object' ? value.id : value)

/**
 * GET /api/reports/join-requests.csv: every join request the signed-in user may read (a
 * cluster editor: their clusters' only), the collection's own access rules deciding. The
 * export is a row of the audit log (one: its read is not audited again).
 */
const joinRequestsCsv: Endpoint = {
  path: '/reports/join-requests.csv',
  method: 'get',
  handler: async (req) => {
    const { docs } = await req.payload
      .find({
        collection: 'joinRequests',
        overrideAccess: false,
        user: req.user,
        depth: 0,
        pagination: false,
        sort: 'createdAt',
        context: { [auditedByCaller]: true },
      })
      .catch(() => ({ docs: undefined }))
    if (!docs) return forbidden(req)
    const { docs: clusters } = await req.payload.find({
      collection: 'clusters',
      depth: 0,
      limit: 100,
      locale: 'fi',
      select: { slug: true },
    })
    const slug = new Map(clusters.map((c) => [c.id, c.slug]))
    const header = [
      'id',
      'receivedAt',
      'company',
      'businessId',
      'municipality',
      'industry',
      'clusters',
      'status',
      'joinedAt',
      'contactName',
      'contactEmail',
      'contactPhone',
      'language',
      'partnerSite',
      'newsId',
    ]
    const rows = docs.map((r) => [
      r.id,
      r.createdAt,
      r.company,
      r.businessId,
      municipalityName(r.municipality, 'fi'),
      r.industry,
      (r.clusters ?? []).map((c) => slug.get(idOf(c)) ?? idOf(c)).join(' '),
      r.status,
      r.joinedAt,
      r.contact.name,
      r.contact.email,
      r.contact.phone,
      r.source?.locale,
      r.source?.partnerSite,
      r.source?.news ? idOf(r.source.news) : null,
    ])
    const detail = { rows: rows.length }
    await recordAudit(req, { action: 'export', targetCollection: 'joinRequests', detail })
    return csvResponse(toCsv(header, rows), 'join-requests')
  },
}

/**
 * GET /api/reports/subscribers-per-cluster.csv: confirmed newsletter subscribers per cluster
 * and language, and those who chose no cluster (they get every issue). Editors and admins.
 */
const subscribersCsv: Endpoint = {
  path: '/reports/subscribers-per-cluster.csv',
  method: 'get',
  handler: async (req) => {
    const { rows } = await appPool(req.payload).query<Record<string, string | null>>(
      `WITH chosen AS (
         SELECT s.id, s.status, s.locale, r.clusters_id FROM subscribers s
         LEFT JOIN subscribers_rels r ON r.parent_id = s.id AND r.path = 'clusters')
       SELECT c.slug, cl.name, count(DISTINCT ch.id) FILTER (WHERE ch.status = 'confirmed') AS confirmed,
         count(DISTINCT ch.id) FILTER (WHERE ch.status = 'confirmed' AND ch.locale = 'fi') AS fi,
         count(DISTINCT ch.id) FILTER (WHERE ch.status = 'confirmed' AND ch.locale = 'sv') AS sv,
         count(DISTINCT ch.id) FILTER (WHERE ch.status = 'confirmed' AND ch.locale = 'en') AS en,
         count(DISTINCT ch.id) FILTER (WHERE ch.status = 'pending') AS pending
       FROM clusters c LEFT JOIN clusters_locales cl ON cl._parent_id = c.id AND cl._locale = 'fi'
       LEFT JOIN chosen ch ON ch.clusters_id = c.id
       GROUP BY c.id, c.slug, cl.name, c.display_order
       UNION ALL
       SELECT NULL, NULL, count(*) FILTER (WHERE status = 'confirmed'),
         count(*) FILTER (WHERE status = 'confirmed' AND locale = 'fi'),
         count(*) FILTER (WHERE status = 'confirmed' AND locale = 'sv'),
         count(*) FILTER (WHERE status = 'confirmed' AND locale = 'en'),
         count(*) FILTER (WHERE status = 'pending')
       FROM chosen WHERE clusters_id IS NULL`,
    )
    const header = [
      'cluster',
      'name',
      'confirmed',
      'confirmedFi',
      'confirmedSv',
      'confirmedEn',
      'pending',
    ]
    const body = rows.map((row) => [
      row.slug ?? '(all clusters)',
      row.name,
      Number(row.confirmed),
      Number(row.fi),
      Number(row.sv),
      Number(row.en),
      Number(row.pending),
    ])
    return csvResponse(toCsv(header, body), 'subscribers-per-cluster')
  },
}

export const reportEndpoints = [joinRequestsCsv, subscribersCsv]
