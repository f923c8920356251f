import type { Payload } from 'payload'
import type { PoolClient } from 'pg'

import type { Locale } from '@/i18n/locales'
import { appPool as pool } from '@/platform/database/pool'
import { inPoolTransaction } from '@/platform/database/transaction'

/**
 * The delivery rows as a work queue, in SQL: Payload's Local API has no "claim rows no other
 * worker holds" (FOR UPDATE SKIP LOCKED) and writing 100,000 rows one document at a time takes
 * minutes. Column names follow the `deliveries` collection.
 */
export type ClaimedDelivery = {
  id: number
  subscriber: number
  email: string
  locale: Locale
  /** The claim's lease end: it identifies this claim, should a later worker reclaim the row. */
  lease: Date
}

/**
 * The issue's ($1) audience: confirmed subscribers who chose one of the audience's clusters or
 * no cluster (everything). Shared by the send and the panel's count, so the two agree.
 */
export const audienceOf = `FROM subscribers s
       WHERE s.status = 'confirmed'
         AND (
           NOT EXISTS (SELECT 1 FROM newsletters_rels a WHERE a.parent_id = $1 AND a.path = 'audience')
           OR NOT EXISTS (SELECT 1 FROM subscribers_rels c WHERE c.parent_id = s.id AND c.path = 'clusters')
           OR EXISTS (
             SELECT 1 FROM subscribers_rels c
             JOIN newsletters_rels a ON a.clusters_id = c.clusters_id AND a.parent_id = $1 AND a.path = 'audience'
             WHERE c.parent_id = s.id AND c.path = 'clusters'
           )
         )`

/**
 * Freezes an issue's audience once: a row per confirmed subscriber who chose one of the
 * audience's clusters or no cluster (everything). Returns the number of rows made.
 */
export async function freezeAudience(payload: Payload, newsletterId: number): Promise<number> {
  return inPoolTransaction(payload, async (client) => {
    const { rows } = await client.query(
      'SELECT audience_frozen_at FROM newsletters WHERE id = $1 FOR UPDATE',
      [newsletterId],
    )
    if (!rows.length || rows[0].audience_frozen_at) return 0
    const { rowCount } = await client.query(
      `INSERT INTO deliveries (newsletter_id, subscriber_id, email, locale, status, attempts, next_attempt_at, updated_at, created_at)
       SELECT $1, s.id, s.email, s.locale::text::enum_deliveries_locale, 'queued', 0, now(), now(), now()
       ${audienceOf}
       ON CONFLICT (newsletter_id, subscriber_id) DO NOTHING`,
      [newsletterId],
    )
    await client.query(
      `UPDATE newsletters SET audience_frozen_at = now(), status = 'sending', updated_at = now() WHERE id = $1`,
      [newsletterId],
    )
    return rowCount ?? 0
  })
}

/**
 * Which rows a claim may take ($1 and any from $5 on) and what else it returns about each:
 * an issue's rows here, an event lane's in src/events/mail/lane.ts. Both are constant SQL.
 */
export type ClaimScope = {
  /** The prepared statement's name: one per scope, as its text differs. */
  name: string
  where: string
  values: unknown[]
  /** Columns returned beside a ClaimedDelivery's, e.g. `d.subject`. */
  columns?: string
  /**
   * The column a claim walks in order, past `after`: an issue's rows by subscriber, on the index
   * of their unique pair (no index holds `status`: collections/Deliveries); an event's by id.
   */
  walk?: 'id' | 'subscriber_id'
}

/**
 * Claims up to `size` rows of `scope` no other worker holds: due ones, and ones whose holder's
 * lease ran out (a worker that died). A claimed row is `sending` at once, so that it is written
 * once here and once when sent, not a third time when it starts (each write of a row writes
 * every index of the table): `recordProgress` checks it just before its message goes, without
 * writing it. Only a row whose message its worker started can have reached the recipient;
 * those are at most two per SMTP connection (src/newsletter/sendIssue.ts), so reclaiming all of
 * a dead worker's rows repeats no more than that. `after`: only rows past it in the scope's
 * walk, so a sender walking an issue does not scan the rows it already sent on every claim (that
 * made a send quadratic in its audience).
 */
export async function claimScoped<D extends ClaimedDelivery>(
  payload: Payload,
  { name, where, values, columns, walk = 'id' }: ClaimScope,
  size: number,
  leaseSeconds: number,
  after = 0,
): Promise<D[]> {
  const { rows } = await pool(payload).query<D>({
    name,
    text: `WITH due AS (
       SELECT id FROM deliveries
       WHERE ${where} AND ${walk} > $4
         AND ((status IN ('queued', 'retry') AND next_attempt_at <= now())
           OR (status IN ('claimed', 'sending') AND lease_until < now()))
       ORDER BY ${walk}
       LIMIT $2
       FOR UPDATE SKIP LOCKED
     )
     UPDATE deliveries d
     SET status = 'sending', lease_until = now() + make_interval(secs => $3), updated_at = now()
     FROM due WHERE d.id = due.id
     RETURNING d.id, d.subscriber_id AS subscriber, d.email, d.locale, d.lease_until AS lease
       ${columns ? `, ${columns}` : ''}`,
    values: [values[0], size, leaseSeconds, after, ...values.slice(1)],
  })
  const key = (row: D) => (walk === 'id' ? row.id : row.subscriber)
  return rows.sort((a, b) => key(a) - key(b))
}

/** An issue's rows, by claimScoped's rule, in subscriber order past `afterSubscriber`. */
export function claimDeliveries(
  payload: Payload,
  newsletterId: number,
  size: number,
  leaseSeconds: number,
  afterSubscriber = 0,
): Promise<ClaimedDelivery[]> {
  const scope = {
    name: 'deliveries-claim',
    where: 'newsletter_id = $1',
    values: [newsletterId],
    walk: 'subscriber_id' as const,
  }
  return claimScoped(payload, scope, size, leaseSeconds, afterSubscriber)
}

/** What one round trip records: rows whose message the relay accepted, rows about to be sent. */
export type Progress = { sent: number[]; starting: ClaimedDelivery[] }

/**
 * Records `sent` rows and starts `starting` ones in one statement, for all the lanes of a
 * sender at once (one commit per group, not two per message). Starting reads a claimed row:
 * it goes if its claim is still this worker's and its subscriber is still confirmed (an
 * event's row: its registrant still has a seat, a place in line or came), so an unsubscribe or
 * cancellation that committed before this point always wins (the row becomes `skipped`). It
 * writes the row only then, or to renew a lease half run out. Returns the attempt number of
 * each row started; the attempt is counted when its outcome is recorded (sent, retry, failed).
 */
export async function recordProgress(
  database: Pick<PoolClient, 'query'>,
  { sent, starting }: Progress,
  leaseSeconds: number,
): Promise<Map<number, number>> {
  const { rows } = await database.query<{ id: number; attempt: number }>({
    name: 'deliveries-record-progress',
    text: `WITH sent AS (
             UPDATE deliveries SET status = 'sent', attempts = attempts + 1, sent_at = now(),
               last_error = NULL, updated_at = now()
             WHERE id = ANY($1::int[])
           ), checked AS (
             SELECT d.id, d.attempts + 1 AS attempt, d.lease_until,
               coalesce(s.status = 'confirmed', r.status IN ('confirmed', 'waitlisted', 'attended'),
                 false) AS go,
               d.lease_until < now() + make_interval(secs => $4 / 2.0) AS renew
             FROM unnest($2::int[], $3::timestamptz[]) AS c(id, lease)
             JOIN deliveries d ON d.id = c.id AND d.status = 'sending' AND d.lease_until = c.lease
             LEFT JOIN subscribers s ON s.id = d.subscriber_id
             LEFT JOIN registrations r ON r.id = d.registration_id
           ), skipped AS (
             UPDATE deliveries d SET status = 'skipped', lease_until = NULL, updated_at = now()
             FROM checked c WHERE d.id = c.id AND NOT c.go AND d.lease_until = c.lease_until
           ), renewed AS (
             UPDATE deliveries d
             SET lease_until = now() + make_interval(secs => $4), updated_at = now()
             FROM checked c
             WHERE d.id = c.id AND c.go AND c.renew AND d.status = 'sending'
               AND d.lease_until = c.lease_until
             RETURNING d.id, c.attempt
           )
           SELECT id, attempt FROM checked WHERE go AND NOT renew
           UNION ALL SELECT id, attempt FROM renewed`,
    values: [sent, starting.map((c) => c.id), starting.map((c) => c.lease), leaseSeconds],
  })
  return new Map(rows.map((row) => [row.id, row.attempt]))
}

/** Hands claimed rows that were not started back to the queue, for any worker to take now. */
export async function releaseClaims(payload: Payload, claims: ClaimedDelivery[]): Promise<void> {
  if (!claims.length) return
  await pool(payload).query(
    `UPDATE deliveries d SET status = 'queued', lease_until = NULL, updated_at = now()
     FROM unnest($1::int[], $2::timestamptz[]) AS c(id, lease)
     WHERE d.id = c.id AND d.status IN ('claimed', 'sending') AND d.lease_until = c.lease`,
    [claims.map((c) => c.id), claims.map((c) => c.lease)],
  )
}

/** A row started but not sent, when its worker stops: back to the queue. */
export async function releaseStarted(payload: Payload, deliveryId: number): Promise<void> {
  await pool(payload).query(
    `UPDATE deliveries SET status = 'queued', lease_until = NULL, updated_at = now()
     WHERE id = $1 AND status = 'sending'`,
    [deliveryId],
  )
}

/** A temporary failure (4xx, no connection): try again after `delayMs`. */
export async function markRetry(
  payload: Payload,
  deliveryId: number,
  error: string,
  delayMs: number,
): Promise<void> {
  await pool(payload).query(
    `UPDATE deliveries SET status = 'retry', attempts = attempts + 1, last_error = $2,
       next_attempt_at = now() + make_interval(secs => $3), updated_at = now()
     WHERE id = $1`,
    [deliveryId, error.slice(0, 500), delayMs / 1000],
  )
}

/**
 * A permanent failure (5xx, or temporary ones for a day). `bounced` counts against the
 * address: after `suppressAfter` of them it is suppressed and gets no more issues.
 */
export async function markFailed(
  payload: Payload,
  delivery: ClaimedDelivery,
  status: 'bounced' | 'failed',
  error: string,
  suppressAfter: number,
): Promise<void> {
  await pool(payload).query(
    `UPDATE deliveries SET status = $2, attempts = attempts + 1, last_error = $3, updated_at = now()
     WHERE id = $1`,
    [delivery.id, status, error.slice(0, 500)],
  )
  if (status !== 'bounced') return
  await pool(payload).query(
    `UPDATE subscribers SET hard_bounces = coalesce(hard_bounces, 0) + 1,
       status = CASE WHEN coalesce(hard_bounces, 0) + 1 >= $2 THEN 'suppressed' ELSE status END,
       updated_at = now()
     WHERE id = $1`,
    [delivery.subscriber, suppressAfter],
  )
}

export type DeliveryTotals = Record<
  'queued' | 'sending' | 'sent' | 'failed' | 'bounced' | 'skipped' | 'total',
  number
> & { nextAttemptAt: Date | null }

export async function deliveryTotals(
  payload: Payload,
  newsletterId: number,
): Promise<DeliveryTotals> {
  const { rows } = await pool(payload).query(
    `SELECT
       count(*) FILTER (WHERE status IN ('queued', 'retry'))::int AS queued,
       count(*) FILTER (WHERE status IN ('claimed', 'sending'))::int AS sending,
       count(*) FILTER (WHERE status = 'sent')::int AS sent,
       count(*) FILTER (WHERE status = 'failed')::int AS failed,
       count(*) FILTER (WHERE status = 'bounced')::int AS bounced,
       count(*) FILTER (WHERE status = 'skipped')::int AS skipped,
       count(*)::int AS total,
       min(next_attempt_at) FILTER (WHERE status IN ('queued', 'retry')) AS "nextAttemptAt"
     FROM deliveries WHERE newsletter_id = $1`,
    [newsletterId],
  )
  return rows[0]
}

/** Marks the issue sent once no row is waiting or in flight; true if it did. */
export async function finishIfDone(payload: Payload, newsletterId: number): Promise<boolean> {
  const { rowCount } = await pool(payload).query(
    `UPDATE newsletters SET status = 'sent', sent_at = now(), updated_at = now()
     WHERE id = $1 AND status = 'sending' AND NOT EXISTS (
       SELECT 1 FROM deliveries WHERE newsletter_id = $1 AND status IN ('queued', 'retry', 'claimed', 'sending'))`,
    [newsletterId],
  )
  return Boolean(rowCount)
}
