import type { Payload } from 'payload'

import { claimScoped, type ClaimedDelivery } from '@/newsletter/deliveryQueue'
import { appPool as pool } from '@/platform/database/pool'
import { tablesOf } from '@/platform/database/tables'

import type { EventLane } from './audience'

/** An event's row as its sender needs it: whose registration, and an editor's text if any. */
export type ClaimedEventDelivery = ClaimedDelivery & {
  registration: number
  subject: string | null
  body: string | null
}

/**
 * Claims up to `size` of one event lane's rows no other worker holds, by the newsletter claim's
 * rule and in the same statement (src/newsletter/deliveryQueue.ts, claimScoped): due rows, and
 * rows whose holder's lease ran out, each `sending` under a lease at once. An event's audience
 * is small, so each claim starts from its first row.
 */
export function claimEventDeliveries(
  payload: Payload,
  { event, kind }: EventLane,
  size: number,
  leaseSeconds: number,
): Promise<ClaimedEventDelivery[]> {
  const scope = {
    name: 'event-deliveries-claim',
    where: 'event_id = $1 AND kind = $5',
    values: [event, kind],
    columns: 'd.registration_id AS registration, d.subject, d.body',
  }
  return claimScoped<ClaimedEventDelivery>(payload, scope, size, leaseSeconds)
}

/**
 * When to look at the lane again: its next retry, or, while another worker holds rows, when
 * their lease ends (a dead worker's rows come back then). Null when nothing waits.
 */
export async function laneRetryAt(
  payload: Payload,
  { event, kind }: EventLane,
  leaseSeconds: number,
): Promise<Date | null> {
  const { rows } = await pool(payload).query<{ next: Date | null; held: number }>(
    `SELECT min(next_attempt_at) FILTER (WHERE status IN ('queued', 'retry')) AS next,
       count(*) FILTER (WHERE status IN ('claimed', 'sending'))::int AS held
     FROM deliveries WHERE event_id = $1 AND kind = $2`,
    [event, kind],
  )
  const { next, held } = rows[0]!
  return next ?? (held ? new Date(Date.now() + leaseSeconds * 1000) : null)
}

/**
 * Whether the lane's event still wants it sent, asked again before each batch: an editor's
 * message goes while the event exists; a reminder or follow-up only while the event is neither
 * cancelled nor unpublished in every language, since either may happen while the lane runs.
 */
export async function stillWanted(payload: Payload, { event, kind }: EventLane): Promise<boolean> {
  const { main, locales } = tablesOf(payload, 'events')
  const { rows } = await pool(payload).query<{ wanted: boolean }>(
    `SELECT $2 = 'message' OR (e.cancelled IS NOT TRUE AND EXISTS (
       SELECT 1 FROM "${locales}" l WHERE l._parent_id = e.id AND l._status = 'published'))
       AS wanted
     FROM "${main}" e WHERE e.id = $1`,
    [event, kind],
  )
  return rows[0]?.wanted === true
}

/** A lane whose event no longer wants it sent (unpublished since): its waiting rows skipped. */
export async function skipWaiting(payload: Payload, { event, kind }: EventLane): Promise<void> {
  await pool(payload).query(
    `UPDATE deliveries SET status = 'skipped', updated_at = now()
     WHERE event_id = $1 AND kind = $2 AND status IN ('queued', 'retry')`,
    [event, kind],
  )
}

/** The registrant's link secret, renewed for the message about to go (the newest link works). */
export async function renewTokenHash(
  payload: Payload,
  registrationId: number,
  hash: string,
): Promise<void> {
  await pool(payload).query(`UPDATE registrations SET token_hash = $2 WHERE id = $1`, [
    registrationId,
    hash,
  ])
}
