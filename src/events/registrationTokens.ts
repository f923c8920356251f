import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * A registrant's link token: the registration's id and a random secret. Only the secret's
 * SHA-256 is stored, so the table (or a backup of it) cannot be used to cancel anyone's seat.
 */
export function newToken(registrationId: number): { token: string; hash: string } {
  const secret = randomBytes(24).toString('base64url')
  return { token: `${registrationId}.${secret}`, hash: hashOf(secret) }
}

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex')

/** The registration a token names, if it is well-formed; its secret is checked by `matches`. */
export function parseToken(token: unknown): { id: number; secret: string } | undefined {
  if (typeof token !== 'string' || token.length > 100) return undefined
  const match = /^([1-9]\d{0,9})\.([\w-]{20,64})$/.exec(token)
  return match ? { id: Number(match[1]), secret: match[2]! } : undefined
}

export function matches(secret: string, storedHash: string | null | undefined): boolean {
  if (!storedHash) return false
  const given = Buffer.from(hashOf(secret), 'hex')
  const stored = Buffer.from(storedHash, 'hex')
  return given.length === stored.length && timingSafeEqual(given, stored)
}
