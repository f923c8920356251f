import { randomBytes } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload } from 'payload'

import type { JoinRequest, User } from '@/payload-types'
import { inTransaction, transactionDb } from '@/platform/database/transaction'

import { normalisedAddress } from './addressHash'
import { deleteJobsNaming, writeTombstone } from './tombstones'

/** What an erased person's name and address become where the row itself must stay. */
const erasedName = '–'
const erasedAddress = (kind: string, id: number) => `erased-${kind}-${id}@erased.invalid`

/** A regular expression matching the address anywhere in free text, whatever its case. */
const addressPattern = (email: string) =>
  normalisedAddress(email).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A join request stays (it is the company's, and the clusters' figures count it); its contact
 * person goes: name, address and phone, the address wherever a note or the need quotes it,
 * and the jobs that would still mail them. Plain SQL: the notes are append-only to everyone
 * else (collections/JoinRequests/hooks).
 */
export async function eraseJoinRequestContact(payload: Payload, request: JoinRequest) {
  const req = await createLocalReq({}, payload)
  await inTransaction(req, async () => {
    const db = await transactionDb(req)
    const pattern = addressPattern(request.contact.email)
    await db.execute(sql`UPDATE join_requests
       SET contact_name = ${erasedName}, contact_email = ${erasedAddress('contact', request.id)},
           contact_phone = NULL, need = regexp_replace(need, ${pattern}, ${erasedName}, 'gi'),
           updated_at = now()
     WHERE id = ${request.id}`)
    await db.execute(sql`UPDATE join_requests_notes
       SET text = regexp_replace(text, ${pattern}, ${erasedName}, 'gi')
     WHERE _parent_id = ${request.id}`)
    await deleteJobsNaming(req, 'joinRequestId', request.id)
    await writeTombstone(req, {
      kind: 'joinRequest',
      formerId: request.id,
      email: request.contact.email,
      consentGivenAt: request.consent?.givenAt,
      consentVersion: request.consent?.version,
      requestedBy: 'staff',
    })
  })
}

/**
 * A staff account stays as a row, so what they wrote keeps its author and every reference
 * (notes, status history, versions, locks) still points somewhere; its person goes: name and
 * address replaced, a random password nobody knows (nobody can sign in as it), no sessions, no
 * reset token.
 */
export async function anonymiseUser(payload: Payload, user: User) {
  const req = await createLocalReq({}, payload)
  await inTransaction(req, async () => {
    const db = await transactionDb(req)
    await db.execute(sql`UPDATE users
       SET name = ${erasedName}, email = ${erasedAddress('user', user.id)},
           hash = ${randomBytes(32).toString('hex')}, salt = ${randomBytes(16).toString('hex')},
           reset_password_token = NULL, reset_password_expiration = NULL,
           reset_password_requested_at = NULL, login_attempts = 0, lock_until = NULL,
           updated_at = now()
     WHERE id = ${user.id}`)
    await db.execute(sql`DELETE FROM users_sessions WHERE _parent_id = ${user.id}`)
    await writeTombstone(req, {
      kind: 'user',
      formerId: user.id,
      email: user.email,
      requestedBy: 'staff',
    })
  })
}
