import { createHash, randomBytes } from 'node:crypto'

/** Keys are random and long, so one unsalted SHA-256 is enough to store them unreadably. */
export const hashKey = (key: string): string => createHash('sha256').update(key).digest('hex')

export const newKey = (): string => `ank_${randomBytes(32).toString('base64url')}`

/** What an admin sees of a key after it was shown once: enough to tell keys apart. */
export const keyPrefix = (key: string): string => key.slice(0, 10)

const keyHeader = /^partners API-Key (\S+)$/

/** The key from `Authorization: partners API-Key <key>`, Payload's own API-key header format. */
export function keyFromHeaders(headers: Headers): string | undefined {
  return keyHeader.exec(headers.get('authorization')?.trim() ?? '')?.[1]
}

/** A header that names our key scheme, well-formed or not: it must not fall back to anonymous. */
export const claimsPartnerKey = (headers: Headers): boolean =>
  /^partners\s+api-key\b/i.test(headers.get('authorization')?.trim() ?? '')
