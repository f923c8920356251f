import type { Payload } from 'payload'

import { findPartnerByKey, type KeyHolder } from '@/partners/findPartner'
import { claimsPartnerKey, keyFromHeaders } from '@/partners/keys'

export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'partner'; partner: KeyHolder }
  | { kind: 'staff' }
  | { kind: 'badKey' }

const hasSession = (headers: Headers) =>
  /(^|;\s*)payload-token=/.test(headers.get('cookie') ?? '') ||
  /^(JWT|Bearer)\s/i.test(headers.get('authorization') ?? '')

/**
 * Who is asking, as far as limits and caching care. Payload checks sessions itself; a partner
 * key is checked here too, so a wrong key is refused rather than served as anonymous.
 */
export async function identifyCaller(headers: Headers, payload: Payload): Promise<Caller> {
  if (claimsPartnerKey(headers)) {
    const key = keyFromHeaders(headers)
    const partner = key ? await findPartnerByKey(payload, key) : null
    return partner ? { kind: 'partner', partner } : { kind: 'badKey' }
  }
  return hasSession(headers) ? { kind: 'staff' } : { kind: 'anonymous' }
}
