import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { inTransaction, transactionDb } from '@/platform/database/transaction'
import { settings } from '@/platform/settings'

import {
  retentionRules,
  type RetentionPeriods,
  type RuleName,
  type RetentionSetting,
} from './retentionRules'

export type RuleResult = { rule: RuleName; cutoff: string; count: number }
export type RetentionOutcome =
  | { kind: 'done'; runId: number; results: RuleResult[] }
  /** Another worker holds the lock, or a run since `notRunSince` did the work already. */
  | { kind: 'skipped' }

/** The moment before which a rule's rows are past their time; months as the calendar has them. */
export function cutoffOf(now: Date, setting: RetentionSetting, periods: RetentionPeriods): Date {
  const cutoff = new Date(now)
  const period = periods[setting]
  if (setting.endsWith('Months')) {
    const day = cutoff.getUTCDate()
    cutoff.setUTCDate(1)
    cutoff.setUTCMonth(cutoff.getUTCMonth() - period)
    // 31 March less one month is the last day of February, not 3 March.
    const lastDay = new Date(
      Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0),
    ).getUTCDate()
    cutoff.setUTCDate(Math.min(day, lastDay))
  } else cutoff.setUTCDate(cutoff.getUTCDate() - period)
  return cutoff
}

const lockName = 'arctic-newsroom:retention'

/**
 * Applies every retention rule as of `now` in one transaction and records what each removed
 * in `retention-runs`, all or nothing. Two workers at once: the one without the lock skips, and
 * with `notRunSince` the one after it finds the day's run done.
 */
export async function applyRetention(
  payload: Payload,
  {
    now = new Date(),
    periods = settings.privacy.retention,
    notRunSince,
  }: { now?: Date; periods?: RetentionPeriods; notRunSince?: Date } = {},
): Promise<RetentionOutcome> {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    const db = await transactionDb(req)
    const { rows } = (await db.execute(
      sql`SELECT pg_try_advisory_xact_lock(hashtext(${lockName})) AS locked`,
    )) as unknown as { rows: { locked: boolean }[] }
    if (!rows[0]?.locked) return { kind: 'skipped' as const }
    if (notRunSince && (await ranSince(req, notRunSince))) return { kind: 'skipped' as const }
    const results: RuleResult[] = []
    for (const rule of retentionRules) {
      const cutoff = cutoffOf(now, rule.setting, periods)
      const result = (await db.execute(rule.statement(payload, cutoff))) as unknown as {
        rowCount: number | null
      }
      results.push({
        rule: rule.name,
        cutoff: cutoff.toISOString(),
        count: result.rowCount ?? 0,
      })
    }
    const run = await payload.create({
      collection: 'retention-runs',
      data: { ranAt: now.toISOString(), results },
      req,
      overrideAccess: true,
    })
    return { kind: 'done' as const, runId: run.id, results }
  })
}

async function ranSince(req: PayloadRequest, since: Date) {
  const { totalDocs } = await req.payload.count({
    collection: 'retention-runs',
    where: { ranAt: { greater_than: since.toISOString() } },
    req,
    overrideAccess: true,
  })
  return totalDocs > 0
}
