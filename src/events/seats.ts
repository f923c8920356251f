import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import type { Registration } from '@/payload-types'
import { tablesOf } from '@/platform/database/tables'
import { inTransaction, transactionDb } from '@/platform/database/transaction'

import { matches, parseToken } from './registrationTokens'

export type LinkOutcome = 'invalid' | 'expired' | 'used'
export type ConfirmOutcome =
  | { kind: 'confirmed' | 'waitlisted'; registration: Registration }
  | { kind: LinkOutcome | 'eventCancelled' }
export type CancelOutcome =
  { kind: 'cancelled'; registration: Registration } | { kind: LinkOutcome }

/** A confirmation link is good for a week. */
const confirmValidForMs = 7 * 24 * 60 * 60 * 1000
const local = { overrideAccess: true, showHiddenFields: true, depth: 0 } as const
const taken = ['confirmed', 'attended'] as const

/** Whether a registration in this status holds one of the event's seats. */
export const holdsSeat = (status: string | null | undefined) =>
  (taken as readonly string[]).includes(status ?? '')

/** The registration a link names, if its secret is the one last mailed to it. */
export async function registrationOfLink(
  payload: Payload,
  token: unknown,
  req?: PayloadRequest,
): Promise<Registration | LinkOutcome> {
  const parsed = parseToken(token)
  if (!parsed) return 'invalid'
  const registration = await payload.findByID({
    collection: 'registrations',
    id: parsed.id,
    disableErrors: true,
    req,
    ...local,
  })
  if (!registration) return 'invalid'
  // A newer message replaced the secret: the older link's work is done (or was undone).
  if (!matches(parsed.secret, registration.tokenHash)) return 'used'
  return registration
}

type EventSeats = { capacity: number | null; cancelled: boolean }

/**
 * Locks the event's row for the rest of the transaction: every decision about its seats is
 * made one at a time, so two confirmations racing for the last seat cannot both count it free.
 */
async function lockEvent(req: PayloadRequest, event: number): Promise<EventSeats> {
  const db = await transactionDb(req)
  const table = sql.identifier(tablesOf(req.payload, 'events').main)
  const { rows } = (await db.execute(
    sql`SELECT capacity, cancelled FROM ${table} WHERE id = ${event} FOR UPDATE`,
  )) as unknown as { rows: { capacity: number | null; cancelled: boolean | null }[] }
  return { capacity: rows[0]?.capacity ?? null, cancelled: rows[0]?.cancelled === true }
}

const seatsTaken = async (req: PayloadRequest, event: number) =>
  (
    await req.payload.count({
      collection: 'registrations',
      where: { and: [{ event: { equals: event } }, { status: { in: [...taken] } }] },
      overrideAccess: true,
      req,
    })
  ).totalDocs

/**
 * Whether the event has a seat free, decided under its lock: the caller's transaction holds it
 * until it commits, so whatever it then gives the seat to, no other decision counts it free.
 */
export async function seatIsFree(req: PayloadRequest, event: number): Promise<boolean> {
  const { capacity } = await lockEvent(req, event)
  return capacity === null || (await seatsTaken(req, event)) < capacity
}

const eventIdOf = (registration: Registration) =>
  typeof registration.event === 'object' ? registration.event.id : registration.event

async function setStatus(
  req: PayloadRequest,
  registration: Registration,
  data: Partial<Registration>,
): Promise<Registration> {
  return req.payload.update({
    collection: 'registrations',
    id: registration.id,
    data,
    req,
    ...local,
  })
}

/** The registration re-read inside the transaction, after the event's lock: what it is now. */
const current = (req: PayloadRequest, id: number) =>
  req.payload.findByID({ collection: 'registrations', id, req, ...local })

/**
 * The registrant confirms their address: a seat if one is free, else the waiting list, decided
 * under the event's lock; the message saying which is queued in the same transaction, so it
 * goes only if the decision was committed.
 */
export async function confirmRegistration(
  payload: Payload,
  token: unknown,
): Promise<ConfirmOutcome> {
  const found = await registrationOfLink(payload, token)
  if (typeof found === 'string') return { kind: found }
  if (found.status !== 'pending') return { kind: 'used' }
  if (Date.parse(found.confirmationSentAt ?? '') + confirmValidForMs < Date.now()) {
    return { kind: 'expired' }
  }
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    const event = eventIdOf(found)
    const { capacity, cancelled } = await lockEvent(req, event)
    // The registrant was told of the cancellation; a link mailed before it gives no seat.
    if (cancelled) return { kind: 'eventCancelled' as const }
    const free = capacity === null || (await seatsTaken(req, event)) < capacity
    const registration = await current(req, found.id)
    if (registration.status !== 'pending') return { kind: 'used' as const }
    const now = new Date().toISOString()
    const kind = free ? ('confirmed' as const) : ('waitlisted' as const)
    const saved = await setStatus(req, registration, {
      status: kind,
      seatDecidedAt: now,
      consent: { ...registration.consent, confirmedAt: now },
    })
    await payload.jobs.queue({
      task: 'sendRegistrationEmail',
      input: { registrationId: saved.id, kind },
      req,
    })
    return { kind, registration: saved }
  })
}

/**
 * Takes a registration off its event under the event's lock: `leave` changes or removes it
 * (or, if it already left, does nothing and says so), and a seat it held goes to the first on
 * the waiting list, as any cancellation's does (collections/Registrations/hooks/passSeatOn.ts).
 */
export async function leaveEvent<T>(
  payload: Payload,
  found: Registration,
  leave: (
    req: PayloadRequest,
    registration: Registration | null,
  ) => Promise<{ left: boolean; result: T }>,
): Promise<T> {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    const event = eventIdOf(found)
    await lockEvent(req, event)
    const registration = await current(req, found.id).catch(() => null)
    const { left, result } = await leave(req, registration)
    if (left && registration?.status === 'confirmed') await fillFreeSeats(req, event)
    return result
  })
}

const hasLeft = (registration: Registration) =>
  registration.status === 'cancelled' || registration.status === 'attended'

/** The registrant cancels; a seat they held goes to the next in line. */
export async function cancelRegistration(payload: Payload, token: unknown): Promise<CancelOutcome> {
  const found = await registrationOfLink(payload, token)
  if (typeof found === 'string') return { kind: found }
  if (hasLeft(found)) return { kind: 'used' }
  return leaveEvent<CancelOutcome>(payload, found, async (req, registration) => {
    if (!registration || hasLeft(registration)) return { left: false, result: { kind: 'used' } }
    // The secret stays: the same link still shows and erases what is stored.
    const saved = await setStatus(req, registration, { status: 'cancelled' })
    return { left: true, result: { kind: 'cancelled', registration: saved } }
  })
}

/**
 * Seats free under the event's lock (one given up, or more seats given to the event) go to the
 * first on the waiting list, in the order their addresses were confirmed, each told by email
 * once the transaction commits. A cancelled event gives none. Doing nothing when nothing is
 * free, it may be called after any change that could free a seat.
 */
export async function fillFreeSeats(req: PayloadRequest, event: number) {
  const { capacity, cancelled } = await lockEvent(req, event)
  if (cancelled) return
  const free = capacity === null ? undefined : capacity - (await seatsTaken(req, event))
  if (free !== undefined && free <= 0) return
  const { docs } = await req.payload.find({
    collection: 'registrations',
    where: { and: [{ event: { equals: event } }, { status: { equals: 'waitlisted' } }] },
    sort: ['seatDecidedAt', 'id'],
    ...(free === undefined ? { pagination: false } : { limit: free }),
    req,
    ...local,
  })
  for (const next of docs) {
    await setStatus(req, next, { status: 'confirmed' })
    await req.payload.jobs.queue({
      task: 'sendRegistrationEmail',
      input: { registrationId: next.id, kind: 'promoted' },
      req,
    })
  }
}
