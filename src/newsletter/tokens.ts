import { createHmac, timingSafeEqual } from 'node:crypto'

import { settings } from '@/platform/settings'

type Purpose = 'confirm' | 'unsubscribe' | 'manage'
type Claims = { purpose: Purpose; subscriber: number; nonce?: string; expires?: number }

export type TokenCheck = { ok: true; claims: Claims } | { ok: false; reason: 'invalid' | 'expired' }

// A key of its own, so a newsletter link can never pass for a Payload login token. Derived once
// per secret: an issue signs two links per recipient.
const keys = new Map<string, Buffer>()
function key(secret: string): Buffer {
  let derived = keys.get(secret)
  if (!derived) {
    derived = createHmac('sha256', secret).update('newsletter-links').digest()
    keys.set(secret, derived)
  }
  return derived
}
const sign = (body: string, secret = settings.payloadSecret) =>
  createHmac('sha256', key(secret)).update(body).digest('base64url')

/**
 * A link token: the claims in the clear, signed; nothing secret is in it. `secret` is for a
 * test that makes links for another process (its PAYLOAD_SECRET).
 */
export function createToken(claims: Claims, secret = settings.payloadSecret): string {
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
  return `${body}.${sign(body, secret)}`
}

export function verifyToken(token: unknown, purpose: Purpose, now = Date.now()): TokenCheck {
  if (typeof token !== 'string' || token.length > 512) return { ok: false, reason: 'invalid' }
  const [body, signature, ...rest] = token.split('.')
  if (!body || !signature || rest.length) return { ok: false, reason: 'invalid' }
  const expected = Buffer.from(sign(body))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, reason: 'invalid' }
  }
  const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Claims
  if (claims.purpose !== purpose) return { ok: false, reason: 'invalid' }
  if (claims.expires !== undefined && claims.expires < now) return { ok: false, reason: 'expired' }
  return { ok: true, claims }
}
