import { createHmac, timingSafeEqual } from 'node:crypto'

export const signatureHeader = 'X-Arctic-Signature'

/** Stripe's scheme: the signature covers the time too, so a captured request cannot be replayed later. */
export function sign(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)) {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')
  return `t=${timestamp},v1=${digest}`
}

/** What a receiver does (docs/partners.md shows the same in ten lines). */
export function verify(secret: string, body: string, header: string, toleranceSeconds = 300) {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=', 2)))
  const timestamp = Number(parts.t)
  if (!Number.isFinite(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > toleranceSeconds) {
    return false
  }
  const expected = Buffer.from(sign(secret, body, timestamp).split('v1=')[1]!, 'hex')
  const given = Buffer.from(String(parts.v1 ?? ''), 'hex')
  return given.length === expected.length && timingSafeEqual(given, expected)
}
