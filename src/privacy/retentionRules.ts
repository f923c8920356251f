import { sql } from '@payloadcms/db-postgres'
import type { CollectionSlug, Payload } from 'payload'

import { pruneAuditLog } from '@/audit/retention'
import { tablesOf } from '@/platform/database/tables'
import type { Settings } from '@/platform/settings'

/** Drizzle's statement, as the adapter re-exports it (drizzle-orm is not ours to import). */
type SQL = ReturnType<typeof sql>

export type RetentionPeriods = Settings['privacy']['retention']
export type RetentionSetting = keyof RetentionPeriods

/**
 * One kind of personal data past its time: `statement` removes every row whose moment is
 * before `cutoff` (the run's clock minus the period `setting` names) and nothing else. What it
 * removed is gone, so running it again removes and counts nothing.
 */
export type RetentionRule = {
  name: string
  setting: RetentionSetting
  statement: (payload: Payload, cutoff: Date) => SQL
}

const table = (payload: Payload, slug: CollectionSlug) =>
  sql.identifier(tablesOf(payload, slug).main)

/** An array field's rows: the adapter names their table after the collection's and the field. */
const arrayTable = (payload: Payload, slug: CollectionSlug, field: string) =>
  sql.identifier(`${tablesOf(payload, slug).main}_${field}`)

/**
 * Deliveries point at their subscriber with ON DELETE SET NULL, so they would outlive the
 * subscriber with the address in them: they go in the same statement.
 */
const deleteSubscribers = (payload: Payload, which: SQL) => sql`
  WITH gone AS (SELECT id FROM ${table(payload, 'subscribers')} WHERE ${which}),
  deliveries AS (
    DELETE FROM ${table(payload, 'deliveries')} WHERE subscriber_id IN (SELECT id FROM gone)
  )
  DELETE FROM ${table(payload, 'subscribers')} WHERE id IN (SELECT id FROM gone)`

/** Run in this order, each in the run's one transaction; docs/privacy.md says what each removes. */
export const retentionRules = [
  {
    // Never confirmed, so no consent to prove. Asking again re-sends the link and restarts the clock.
    name: 'unconfirmedSubscriptions',
    setting: 'unconfirmedSubscriptionDays',
    statement: (payload, cutoff) =>
      deleteSubscribers(
        payload,
        sql`status = 'pending' AND coalesce(confirmation_sent_at, created_at) < ${cutoff}`,
      ),
  },
  {
    name: 'unsubscribedAddresses',
    setting: 'unsubscribedDays',
    statement: (payload, cutoff) =>
      deleteSubscribers(payload, sql`status = 'unsubscribed' AND unsubscribed_at < ${cutoff}`),
  },
  {
    // The last status change is the newest history entry; a request never moved counts from arrival.
    name: 'joinRequests',
    setting: 'joinRequestMonths',
    statement: (payload, cutoff) => sql`
      DELETE FROM ${table(payload, 'joinRequests')} request
      WHERE coalesce(
        (SELECT max(change.at) FROM ${arrayTable(payload, 'joinRequests', 'history')} change
          WHERE change._parent_id = request.id),
        request.created_at) < ${cutoff}`,
  },
  {
    // Deleted rather than stripped: see docs/privacy.md. A registration whose event was deleted
    // counts from its own arrival.
    name: 'eventRegistrants',
    setting: 'registrantDays',
    // Their reminders and messages carry the address too: they go in the same statement.
    statement: (payload, cutoff) => sql`
      WITH gone AS (
        SELECT registration.id FROM ${table(payload, 'registrations')} registration
        WHERE coalesce(
          (SELECT coalesce(event.ends_at, event.starts_at) FROM ${table(payload, 'events')} event
            WHERE event.id = registration.event_id),
          registration.created_at) < ${cutoff}),
      deliveries AS (
        DELETE FROM ${table(payload, 'deliveries')} WHERE registration_id IN (SELECT id FROM gone)
      )
      DELETE FROM ${table(payload, 'registrations')} WHERE id IN (SELECT id FROM gone)`,
  },
  {
    name: 'newsletterDeliveries',
    setting: 'deliveryMonths',
    statement: (payload, cutoff) =>
      sql`DELETE FROM ${table(payload, 'deliveries')} WHERE created_at < ${cutoff}`,
  },
  // The access logs: records of who came when, keyed by a person's address or account.
  {
    // Hashes of client and e-mail addresses (src/platform/rateLimit.ts); `expire` is in ms.
    name: 'rateLimitCounters',
    setting: 'accessLogDays',
    statement: (_, cutoff) =>
      sql`DELETE FROM "rate_limits"."counters" WHERE expire < ${cutoff.getTime()}`,
  },
  {
    // Staff sign-ins: Payload keeps each session's row after it expired.
    name: 'staffSessions',
    setting: 'accessLogDays',
    statement: (payload, cutoff) =>
      sql`DELETE FROM ${arrayTable(payload, 'users', 'sessions')} WHERE expires_at < ${cutoff}`,
  },
  {
    // The requests sent to partners' servers and their answers; pending ones are still work.
    name: 'webhookDeliveries',
    setting: 'accessLogDays',
    statement: (payload, cutoff) => sql`
      DELETE FROM ${table(payload, 'webhook-deliveries')}
      WHERE status IN ('delivered', 'failed') AND coalesce(last_attempt_at, created_at) < ${cutoff}`,
  },
  {
    // Past its trigger only this way (src/audit/retention.ts); a deleted user's rows go too.
    name: 'auditLog',
    setting: 'auditLogMonths',
    statement: pruneAuditLog,
  },
] as const satisfies readonly RetentionRule[]

export type RuleName = (typeof retentionRules)[number]['name']
