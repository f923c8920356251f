import type { Payload } from 'payload'

import { matches, parseToken } from '@/events/registrationTokens'
import { verifyToken } from '@/newsletter/tokens'

import { tombstoneOf } from './tombstones'

/** Whether a genuine subscriber link names someone since erased: it answers 410, not 400. */
export async function subscriberLinkErased(
  payload: Payload,
  token: unknown,
  purpose: 'confirm' | 'unsubscribe' | 'manage',
): Promise<boolean> {
  // As of the epoch nothing has expired: only the signature and purpose are checked.
  const check = verifyToken(token, purpose, 0)
  return check.ok && Boolean(await tombstoneOf(payload, 'subscriber', check.claims.subscriber))
}

/** The same for a registrant's link: its secret must be the one last mailed before erasure. */
export async function registrationLinkErased(payload: Payload, token: unknown): Promise<boolean> {
  const parsed = parseToken(token)
  if (!parsed) return false
  const tombstone = await tombstoneOf(payload, 'registrant', parsed.id)
  return Boolean(tombstone && matches(parsed.secret, tombstone.linkHash))
}
