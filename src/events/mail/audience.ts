import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { tablesOf } from '@/platform/database/tables'
import { transactionDb } from '@/platform/database/transaction'
import type { EventDeliveryKind } from '@collections/Deliveries'
import type { RegistrationStatus } from '@collections/Registrations'

/**
 * An event's messages to its registrants as delivery rows, so they go through the newsletter's
 * queue (claims, leases, retries). Each row has a `once_key` that names its message and
 * registrant: inserting an audience again (a second worker, a rerun, a second click) makes no
 * second row, so nobody gets a message twice for that reason.
 */
export type EventLane = { event: number; kind: EventDeliveryKind }

/** Who a reminder goes to, and who a follow-up: people with a seat, and those who came. */
const reminded: RegistrationStatus[] = ['confirmed']
const followedUp: RegistrationStatus[] = ['confirmed', 'attended']

type SQL = ReturnType<typeof sql>

/** Inserts a row per registration `which` selects (aliases `r`, `e`): the rows and lanes made. */
async function insertAudience(
  req: PayloadRequest,
  kind: EventDeliveryKind,
  onceKey: SQL,
  which: SQL,
  message: { subject: string; body: string } | null = null,
): Promise<{ made: number; lanes: EventLane[] }> {
  const db = await transactionDb(req)
  const table = (slug: 'deliveries' | 'registrations' | 'events') =>
    sql.identifier(tablesOf(req.payload, slug).main)
  const published = sql.identifier(tablesOf(req.payload, 'events').locales)
  const { rows } = (await db.execute(sql`
    INSERT INTO ${table('deliveries')} (kind, event_id, registration_id, email, locale, once_key,
      subject, body, status, attempts, next_attempt_at, updated_at, created_at)
    SELECT ${kind}, r.event_id, r.id, r.email, r.locale::text::enum_deliveries_locale, ${onceKey},
      ${message?.subject ?? null}, ${message?.body ?? null}, 'queued', 0, now(), now(), now()
    FROM ${table('registrations')} r JOIN ${table('events')} e ON e.id = r.event_id
    WHERE ${which}
      AND EXISTS (SELECT 1 FROM ${published} l WHERE l._parent_id = e.id AND l._status = 'published')
    ON CONFLICT (once_key) DO NOTHING
    RETURNING event_id`)) as unknown as { rows: { event_id: number }[] }
  const lanes = [...new Set(rows.map((row) => row.event_id))].map((event) => ({ event, kind }))
  return { made: rows.length, lanes }
}

const statusIn = (statuses: readonly string[]) =>
  sql`r.status::text IN (${sql.join(
    statuses.map((status) => sql`${status}`),
    sql`, `,
  )})`

/**
 * The reminders and follow-ups due at `now`: a reminder to each confirmed registrant of a
 * published event starting within `reminderHours` whose seat was not given inside that window,
 * a follow-up to each confirmed or attended one of a published event that ended and has its
 * recording. Rows already made are not made again. Returns the lanes that got new rows, for their sending to be queued.
 */
export async function insertDueEventMail(
  req: PayloadRequest,
  now: Date,
  reminderHours: number,
): Promise<EventLane[]> {
  const at = now.toISOString()
  // A cancelled event has no reminder and no follow-up (its registrants were told, cancellation.ts).
  const reminders = await insertAudience(
    req,
    'reminder',
    sql`'reminder:' || r.id`,
    // A seat given inside the window came with the event's details a moment ago: no reminder.
    sql`${statusIn(reminded)} AND e.cancelled IS NOT TRUE AND e.starts_at > ${at}::timestamptz
      AND e.starts_at <= ${at}::timestamptz + make_interval(hours => ${reminderHours})
      AND (r.seat_decided_at IS NULL
        OR r.seat_decided_at <= e.starts_at - make_interval(hours => ${reminderHours}))`,
  )
  const followUps = await insertAudience(
    req,
    'followUp',
    sql`'followUp:' || r.id`,
    sql`${statusIn(followedUp)} AND e.cancelled IS NOT TRUE AND e.ends_at <= ${at}::timestamptz
      AND coalesce(e.recording_url, '') <> ''`,
  )
  return [...reminders.lanes, ...followUps.lanes]
}

/**
 * An editor's message, a row per registrant of the event in one of `statuses`; `messageId`
 * names this message in each row's key. Returns the number of rows made.
 */
export async function insertMessageAudience(
  req: PayloadRequest,
  {
    event,
    messageId,
    statuses,
    ...message
  }: {
    event: number
    messageId: string
    statuses: readonly string[]
    subject: string
    body: string
  },
): Promise<number> {
  const { made } = await insertAudience(
    req,
    'message',
    sql`${`message:${messageId}:`} || r.id`,
    sql`r.event_id = ${event} AND ${statusIn(statuses)}`,
    message,
  )
  return made
}
