import { createHmac } from 'node:crypto'

import { settings } from '@/platform/settings'

/** How addresses are stored: trimmed, lower case (the subscription and registration inputs). */
export const normalisedAddress = (email: string) => email.normalize('NFC').trim().toLowerCase()

/**
 * The keyed hash a tombstone keeps instead of an address. Keyed, because addresses are
 * guessable: a plain or salted-in-the-row hash could be reversed by hashing a list of them.
 * The key is derived from PAYLOAD_SECRET under a label of its own (so it is never the key of a
 * login or a link), rather than a setting of its own: one secret fewer to generate, keep equal
 * on every instance and forget. Rotating PAYLOAD_SECRET makes older tombstones unmatchable;
 * docs/privacy-requests.md says to keep the old secret to answer old complaints.
 */
export function addressHash(email: string, secret = settings.payloadSecret): string {
  const key = createHmac('sha256', secret).update('erasure-tombstones').digest()
  return createHmac('sha256', key).update(normalisedAddress(email)).digest('hex')
}
