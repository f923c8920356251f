import type { PayloadRequest } from 'payload'

import { findByAddress } from './findByAddress'
import { registrationRecord } from './registrationData'
import { subscriberRecord } from './subscriberData'
import { tombstonesOf } from './tombstones'

/**
 * Everything stored about one address across the collections holding people (GDPR Art. 15),
 * for an administrator answering a request: what the person's own links give, and what they
 * cannot reach (join requests, a staff account, public contact roles, earlier erasures).
 */
export async function exportByAddress(req: PayloadRequest, email: string) {
  const { payload } = req
  const [subscribers, registrations, joinRequests, users, contacts, experts] = await Promise.all([
    findByAddress(payload, 'subscribers', email),
    findByAddress(payload, 'registrations', email),
    findByAddress(payload, 'joinRequests', email),
    findByAddress(payload, 'users', email),
    findByAddress(payload, 'contacts', email),
    findByAddress(payload, 'experts', email),
  ])
  return {
    email,
    exportedAt: new Date().toISOString(),
    subscribers: await Promise.all(subscribers.map((doc) => subscriberRecord(req, doc))),
    registrations: await Promise.all(registrations.map((doc) => registrationRecord(req, doc))),
    joinRequests,
    // Without the login sessions: they say nothing about the person, only keep them signed in.
    users: users.map(({ sessions: _sessions, ...user }) => user),
    contacts,
    experts,
    erasures: await tombstonesOf(payload, email),
  }
}
