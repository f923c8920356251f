import type { Payload } from 'payload'

import { findPartnerByKey, type KeyHolder } from '@/partners/findPartner'
import { claimsPartnerKey, keyFromHeaders } from '@/partners/keys'

export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'partner'; partner: KeyHolder }
  | { kind: 'staff' }
  | { kind: 'badKey' }

/**
 * Payload reads its login cookie by splitting the header at `;` and the first `=`, and trimming
 * the name, so `payload-token =…` signs in too. This reads it the same way, and more loosely
 * (commas, any letter case): a false alarm only costs a cache miss, a missed session would put
 * a signed-in answer in the public cache.
 */
function hasTokenCookie(headers: Headers, payload: Payload): boolean {
  const name = `${payload.config.cookiePrefix}-token`.toLowerCase()
  return (headers.get('cookie') ?? '')
    .split(/[;,]/)
    .some((pair) => pair.split('=')[0]!.trim().toLowerCase() === name)
}

/**
 * Who is asking, as far as limits and caching care. Payload checks sessions itself; a partner
 * key is checked here too, so a wrong key is refused rather than served as anonymous. "staff"
 * is any request that may carry a session: a login cookie, or any Authorization (Payload's JWT
 * and API-key strategies read it) that is not a partner key.
 */
export async function identifyCaller(headers: Headers, payload: Payload): Promise<Caller> {
  if (claimsPartnerKey(headers)) {
    const key = keyFromHeaders(headers)
    const partner = key ? await findPartnerByKey(payload, key) : null
    if (!partner) return { kind: 'badKey' }
    // Payload tries the login cookie when the key fails (revoked since): such answers are private.
    return hasTokenCookie(headers, payload) ? { kind: 'staff' } : { kind: 'partner', partner }
  }
  return headers.has('authorization') || hasTokenCookie(headers, payload)
    ? { kind: 'staff' }
    : { kind: 'anonymous' }
}

/** Whose answers a cached public read is: everyone's, or one partner's (its scope). */
export const callerScope = (caller: Caller): string =>
  caller.kind === 'partner' ? `partner:${caller.partner.id}` : 'public'
