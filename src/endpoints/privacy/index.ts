import type { Endpoint, PayloadRequest } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import { downloadResponse } from '@/endpoints/download'
import { emailPattern } from '@/newsletter/subscriptionInput'
import { actionBodyOf } from '@/platform/actionBody'
import { clientErrorResponse, problemResponse } from '@/platform/problems'
import { eraseByAddress } from '@/privacy/eraseByAddress'
import { exportByAddress } from '@/privacy/exportByAddress'

/** The address a request is about, if it is one. */
const addressOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length <= 254 && emailPattern.test(value.trim())
    ? value.trim()
    : undefined

const noAddress = (req: PayloadRequest) =>
  clientErrorResponse(req.headers, 'api.privacy.emailRequired')

/**
 * An administrator answers a person's request by their address (GDPR Art. 15 and 17); the
 * permission table lets only administrators in. GET export downloads everything stored; POST
 * erase (a JSON body, never a form) erases it and says what it did.
 */
export const privacyEndpoints: Endpoint[] = [
  {
    path: '/privacy/export',
    method: 'get',
    handler: async (req) => {
      const email = addressOf(new URL(req.url!).searchParams.get('email'))
      if (!email) return noAddress(req)
      const data = await exportByAddress(req, email)
      // The row names the request, never the address: the audit log is not erased with it.
      await recordAudit(req, { action: 'export', targetCollection: 'privacy-requests' })
      return downloadResponse(data, 'privacy-export.json')
    },
  },
  {
    path: '/privacy/erase',
    method: 'post',
    handler: async (req) => {
      const body = await actionBodyOf(req)
      if ('problem' in body) return problemResponse(req.headers, body.problem)
      const email = addressOf(body.options.email)
      if (!email) return noAddress(req)
      const outcome = await eraseByAddress(req, email)
      if ('problem' in outcome) return problemResponse(req.headers, outcome.problem)
      await recordAudit(req, { action: 'erase', targetCollection: 'privacy-requests' })
      return Response.json(outcome, { headers: { 'Cache-Control': 'no-store' } })
    },
  },
]
