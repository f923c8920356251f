import { NotFound, type Endpoint, type PayloadRequest } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import { forgetPartners } from '@/partners/findPartner'
import { hashKey, keyPrefix, newKey } from '@/partners/keys'
import { actionBodyOf } from '@/platform/actionBody'
import { inTransaction } from '@/platform/database/transaction'
import { problemResponse, type Problem } from '@/platform/problems'

const maxGraceHours = 7 * 24
const noStore = { 'Cache-Control': 'no-store' }

async function partnerFor(req: PayloadRequest) {
  const id = Number(req.routeParams?.id)
  const partner = Number.isInteger(id)
    ? await req.payload.findByID({
        collection: 'partners',
        id,
        showHiddenFields: true,
        overrideAccess: false,
        user: req.user,
        req,
      })
    : null
  if (!partner) throw new NotFound(req.t)
  return partner
}

async function graceHoursOf(req: PayloadRequest): Promise<number | Problem> {
  const read = await actionBodyOf(req)
  if ('problem' in read) return read.problem
  const hours = read.options.graceHours ?? 24
  return typeof hours === 'number' && hours >= 0 && hours <= maxGraceHours
    ? hours
    : { key: 'api.badGraceHours', values: { max: maxGraceHours } }
}

/**
 * POST /api/partners/:id/rotate-key {graceHours?: 0–168} — issues a new key and answers it
 * once; the old key keeps working for the grace period, so the partner can switch unhurried.
 */
const rotateKey: Endpoint = {
  path: '/:id/rotate-key',
  method: 'post',
  handler: async (req) => {
    const partner = await partnerFor(req)
    const graceHours = await graceHoursOf(req)
    if (typeof graceHours === 'object') return problemResponse(req.headers, graceHours)
    const key = newKey()
    const issuedAt = new Date().toISOString()
    const previousValidUntil = new Date(Date.now() + graceHours * 3_600_000)
    const keepPrevious = Boolean(partner.apiKeyHash) && graceHours > 0
    await inTransaction(req, async () => {
      await req.payload.update({
        collection: 'partners',
        id: partner.id,
        req,
        data: {
          apiKeyHash: hashKey(key),
          previousKeyHash: keepPrevious ? partner.apiKeyHash : null,
          previousKeyExpiresAt: keepPrevious ? previousValidUntil.toISOString() : null,
          keyPrefix: keyPrefix(key),
          keyIssuedAt: issuedAt,
        },
      })
      await recordAudit(req, {
        action: 'issuePartnerKey',
        targetCollection: 'partners',
        targetId: partner.id,
        detail: { prefix: keyPrefix(key), graceHours },
      })
    })
    forgetPartners()
    const body = {
      key,
      prefix: keyPrefix(key),
      issuedAt,
      previousKeyValidUntil: keepPrevious ? previousValidUntil : null,
    }
    return Response.json(body, { headers: noStore })
  },
}

/** POST /api/partners/:id/revoke-key — every key of the partner stops working. */
const revokeKey: Endpoint = {
  path: '/:id/revoke-key',
  method: 'post',
  handler: async (req) => {
    const partner = await partnerFor(req)
    await inTransaction(req, async () => {
      await req.payload.update({
        collection: 'partners',
        id: partner.id,
        req,
        data: {
          apiKeyHash: null,
          previousKeyHash: null,
          previousKeyExpiresAt: null,
          keyPrefix: null,
        },
      })
      await recordAudit(req, {
        action: 'revokePartnerKey',
        targetCollection: 'partners',
        targetId: partner.id,
        detail: { prefix: partner.keyPrefix ?? null },
      })
    })
    forgetPartners()
    return Response.json({ revoked: true }, { headers: noStore })
  },
}

export const partnerKeyEndpoints = [rotateKey, revokeKey]
