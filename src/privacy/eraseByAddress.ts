import type { PayloadRequest } from 'payload'

import type { Problem } from '@/platform/problems'

import { normalisedAddress } from './addressHash'
import { anonymiseUser, eraseJoinRequestContact } from './anonymise'
import { eraseRegistration } from './eraseRegistration'
import { eraseSubscriber } from './eraseSubscriber'
import { findByAddress } from './findByAddress'

export type ErasureSummary = {
  email: string
  subscribers: number
  registrations: number
  joinRequests: number
  users: number
  /** Public contact roles with this address: edited by hand, as the person's role changes. */
  kept: { contacts: number[]; experts: number[] }
}

/**
 * An administrator erases one address everywhere (GDPR Art. 17): subscribers and
 * registrations go (a seat freed goes to the next in line), join requests lose their contact
 * person, staff accounts are anonymised; each leaves a tombstone. An administrator's own
 * account is refused: it would sign them out of the admin mid-request.
 */
export async function eraseByAddress(
  req: PayloadRequest,
  email: string,
): Promise<ErasureSummary | { problem: Problem }> {
  const { payload } = req
  const users = await findByAddress(payload, 'users', email)
  if (users.some((user) => user.id === req.user?.id)) {
    return { problem: { key: 'api.privacy.ownAccount', status: 409 } }
  }
  const subscribers = await findByAddress(payload, 'subscribers', email)
  for (const subscriber of subscribers) await eraseSubscriber(payload, subscriber.id, 'staff')
  const registrations = await findByAddress(payload, 'registrations', email)
  for (const registration of registrations) await eraseRegistration(payload, registration, 'staff')
  const joinRequests = await findByAddress(payload, 'joinRequests', email)
  for (const request of joinRequests) await eraseJoinRequestContact(payload, request)
  for (const user of users) await anonymiseUser(payload, user)
  const ids = (docs: { id: number }[]) => docs.map((doc) => doc.id)
  return {
    email: normalisedAddress(email),
    subscribers: subscribers.length,
    registrations: registrations.length,
    joinRequests: joinRequests.length,
    users: users.length,
    kept: {
      contacts: ids(await findByAddress(payload, 'contacts', email)),
      experts: ids(await findByAddress(payload, 'experts', email)),
    },
  }
}
