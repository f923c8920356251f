import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { queueRetentionWhenDue } from '@/jobs/applyRetention'
import { appPool } from '@/platform/database/pool'
import { settings } from '@/platform/settings'
import { applyRetention, cutoffOf } from '@/privacy/applyRetention'
import { retentionRules } from '@/privacy/retentionRules'

import { bootPayload } from '../helpers/payload'
import { eventTimes, joinRequestData, unique } from '../helpers/permissionTargets'

/**
 * The retention rules on a moved clock: for each kind of data, a row one minute past its time
 * goes, a row a day short of it stays, and the run records how many went. `now` is the last day
 * of a month, so the month-long periods meet a shorter month.
 */
let payload: Payload
const now = new Date('2027-03-31T03:00:00.000Z')
const minute = 60_000
const day = 24 * 60 * minute
const periods = settings.privacy.retention

beforeAll(async () => {
  payload = await bootPayload()
})

afterAll(async () => {
  await payload.destroy()
})

/** The Local API with full access; required fields Payload fills in itself are left out. */
const create = (options: Record<string, unknown>) =>
  payload.create(options as never) as Promise<{ id: number }>

const query = (text: string, values: unknown[] = []) => appPool(payload).query(text, values)
const at = (offsetMs: number, rule: (typeof retentionRules)[number]['setting']) =>
  new Date(cutoffOf(now, rule, periods).getTime() + offsetMs).toISOString()
const past = (setting: Parameters<typeof at>[1]) => at(-minute, setting)
const dayShort = (setting: Parameters<typeof at>[1]) => at(day, setting)

const idsOf = async (table: string, ids: number[]) =>
  (await query(`SELECT id FROM ${table} WHERE id = ANY($1) ORDER BY id`, [ids])).rows.map(
    (row: { id: number }) => row.id,
  )

async function subscriber(status: 'pending' | 'confirmed' | 'unsubscribed') {
  const email = `${unique('lukija').replace(/\W/g, '')}@example.test`
  return (await create({ collection: 'subscribers', data: { email, locale: 'fi', status } })).id
}

async function delivery(subscriberId: number, createdAt: string) {
  const newsletter = await create({
    collection: 'newsletters',
    locale: 'fi',
    data: { subject: unique('Uutiskirje') },
  })
  const row = await create({
    collection: 'deliveries',
    data: {
      newsletter: newsletter.id,
      subscriber: subscriberId,
      email: 'x@example.test',
      locale: 'fi',
    },
  })
  await query('UPDATE deliveries SET created_at = $2 WHERE id = $1', [row.id, createdAt])
  return row.id
}

async function joinRequest(lastChange: string | null, createdAt: string) {
  const cluster = await create({
    collection: 'clusters',
    locale: 'fi',
    data: { name: unique('Klusteri'), displayOrder: 1 },
  })
  const { id } = await create({
    collection: 'joinRequests',
    data: joinRequestData(cluster.id),
  })
  if (lastChange) {
    await payload.update({ collection: 'joinRequests', id, data: { status: 'contacted' } })
    await query('UPDATE join_requests_history SET at = $2 WHERE _parent_id = $1', [id, lastChange])
  }
  await query('UPDATE join_requests SET created_at = $2, updated_at = $3 WHERE id = $1', [
    id,
    createdAt,
    now.toISOString(),
  ])
  return id
}

async function registration(eventEndsAt: string) {
  const event = await create({
    collection: 'events',
    locale: 'fi',
    data: { title: unique('Tapahtuma'), ...eventTimes(), format: 'onSite' } as never,
  })
  await query('UPDATE events SET starts_at = $2, ends_at = $2 WHERE id = $1', [
    event.id,
    eventEndsAt,
  ])
  const email = `${unique('osallistuja').replace(/\W/g, '')}@example.test`
  const row = await create({
    collection: 'registrations',
    data: { event: event.id, name: 'Maija', email, locale: 'fi', status: 'attended' },
  })
  return row.id
}

async function webhookDelivery(status: 'pending' | 'delivered' | 'failed', lastAttemptAt: string) {
  const partner = await create({
    collection: 'partners',
    data: { name: unique('Kumppani') },
  })
  const row = await create({
    collection: 'webhook-deliveries',
    data: {
      partner: partner.id,
      eventId: unique('event'),
      eventType: 'publish',
      targetCollection: 'news',
      documentId: 1,
      body: '{}',
      status,
    },
  })
  await query('UPDATE webhook_deliveries SET last_attempt_at = $2 WHERE id = $1', [
    row.id,
    lastAttemptAt,
  ])
  return row.id
}

describe('retention', () => {
  const rows = {} as Record<string, { gone: number[]; kept: number[] }>
  const counters = {
    gone: unique('past').replace(/\W/g, ''),
    kept: unique('now').replace(/\W/g, ''),
  }
  const sessions = {
    gone: unique('s-past').replace(/\W/g, ''),
    kept: unique('s').replace(/\W/g, ''),
  }

  beforeAll(async () => {
    const old = new Date(now.getTime() - 1000 * day).toISOString()
    // Unconfirmed: counted from the last confirmation mail, so asking again restarts the clock.
    const pendingGone = await subscriber('pending')
    const pendingKept = await subscriber('pending')
    await query('UPDATE subscribers SET created_at = $2, confirmation_sent_at = $3 WHERE id = $1', [
      pendingGone,
      old,
      past('unconfirmedSubscriptionDays'),
    ])
    await query('UPDATE subscribers SET created_at = $2, confirmation_sent_at = $3 WHERE id = $1', [
      pendingKept,
      old,
      dayShort('unconfirmedSubscriptionDays'),
    ])
    const confirmedOld = await subscriber('confirmed')
    await query('UPDATE subscribers SET created_at = $2 WHERE id = $1', [confirmedOld, old])
    rows.unconfirmedSubscriptions = { gone: [pendingGone], kept: [pendingKept, confirmedOld] }

    const leftGone = await subscriber('unsubscribed')
    const leftKept = await subscriber('unsubscribed')
    await query('UPDATE subscribers SET unsubscribed_at = $2 WHERE id = $1', [
      leftGone,
      past('unsubscribedDays'),
    ])
    await query('UPDATE subscribers SET unsubscribed_at = $2 WHERE id = $1', [
      leftKept,
      dayShort('unsubscribedDays'),
    ])
    rows.unsubscribedAddresses = { gone: [leftGone], kept: [leftKept] }
    const recent = new Date(now.getTime() - day).toISOString()
    rows.deliveriesOfLeavers = {
      gone: [await delivery(leftGone, recent)],
      kept: [await delivery(leftKept, recent)],
    }

    rows.newsletterDeliveries = {
      gone: [await delivery(confirmedOld, past('deliveryMonths'))],
      kept: [await delivery(confirmedOld, dayShort('deliveryMonths'))],
    }

    rows.joinRequests = {
      gone: [
        await joinRequest(past('joinRequestMonths'), old),
        await joinRequest(null, past('joinRequestMonths')),
      ],
      kept: [
        await joinRequest(dayShort('joinRequestMonths'), old),
        await joinRequest(null, dayShort('joinRequestMonths')),
      ],
    }

    rows.eventRegistrants = {
      gone: [await registration(past('registrantDays'))],
      kept: [await registration(dayShort('registrantDays'))],
    }

    rows.webhookDeliveries = {
      gone: [
        await webhookDelivery('delivered', past('accessLogDays')),
        await webhookDelivery('failed', past('accessLogDays')),
      ],
      kept: [
        await webhookDelivery('delivered', dayShort('accessLogDays')),
        await webhookDelivery('pending', past('accessLogDays')),
      ],
    }

    const expire = (iso: string) => new Date(iso).getTime()
    await query(
      'INSERT INTO rate_limits.counters (key, points, expire) VALUES ($1, 1, $2), ($3, 1, $4)',
      [
        counters.gone,
        expire(past('accessLogDays')),
        counters.kept,
        expire(dayShort('accessLogDays')),
      ],
    )
    const audit = async (time: string) =>
      (
        await query(`INSERT INTO audit_log (time, action) VALUES ($1, 'export') RETURNING id`, [
          time,
        ])
      ).rows[0].id as number
    rows.auditLog = {
      gone: [await audit(past('auditLogMonths'))],
      kept: [await audit(dayShort('auditLogMonths'))],
    }

    const user = await create({
      collection: 'users',
      data: {
        email: `${unique('toimittaja').replace(/\W/g, '')}@example.test`,
        password: 'correct horse battery staple',
        name: 'Toimittaja',
        roles: ['editor'],
      },
    })
    await query(
      `INSERT INTO users_sessions (_order, _parent_id, id, created_at, expires_at)
       VALUES (1, $1, $2, $3, $3), (2, $1, $4, $5, $5)`,
      [user.id, sessions.gone, past('accessLogDays'), sessions.kept, dayShort('accessLogDays')],
    )
  })

  it('removes exactly what is past its time, keeps what is a day short, and counts each rule', async () => {
    const outcome = await applyRetention(payload, { now })
    expect(outcome.kind).toBe('done')
    if (outcome.kind !== 'done') return
    const counts = Object.fromEntries(outcome.results.map(({ rule, count }) => [rule, count]))
    expect(counts).toEqual({
      unconfirmedSubscriptions: 1,
      unsubscribedAddresses: 1,
      joinRequests: 2,
      eventRegistrants: 1,
      newsletterDeliveries: 1,
      rateLimitCounters: 1,
      staffSessions: 1,
      webhookDeliveries: 2,
      auditLog: 1,
    })

    const tables: Record<string, string> = {
      unconfirmedSubscriptions: 'subscribers',
      unsubscribedAddresses: 'subscribers',
      deliveriesOfLeavers: 'deliveries',
      newsletterDeliveries: 'deliveries',
      joinRequests: 'join_requests',
      eventRegistrants: 'registrations',
      webhookDeliveries: 'webhook_deliveries',
      auditLog: 'audit_log',
    }
    for (const [kind, table] of Object.entries(tables)) {
      const { gone, kept } = rows[kind]!
      expect(await idsOf(table, [...gone, ...kept]), kind).toEqual([...kept].sort((a, b) => a - b))
    }
    const keys = (
      await query('SELECT key FROM rate_limits.counters WHERE key = ANY($1)', [
        [counters.gone, counters.kept],
      ])
    ).rows.map((row: { key: string }) => row.key)
    expect(keys).toEqual([counters.kept])
    const sessionIds = (
      await query('SELECT id FROM users_sessions WHERE id = ANY($1)', [
        [sessions.gone, sessions.kept],
      ])
    ).rows.map((row: { id: string }) => row.id)
    expect(sessionIds).toEqual([sessions.kept])
    // A request's history rows go with it.
    const orphans = await query(
      'SELECT count(*)::int AS n FROM join_requests_history WHERE _parent_id = ANY($1)',
      [rows.joinRequests!.gone],
    )
    expect(orphans.rows[0].n).toBe(0)
  })

  it('records the run with each rule’s cutoff and count', async () => {
    const { docs } = await payload.find({
      collection: 'retention-runs',
      where: { ranAt: { equals: now.toISOString() } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    const results = docs[0]!.results ?? []
    expect(results.map(({ rule }) => rule)).toEqual(retentionRules.map(({ name }) => name))
    const joinRequests = results.find(({ rule }) => rule === 'joinRequests')!
    // 31 March less 24 months is 31 March; less 13 months, the last day of February.
    expect(joinRequests.cutoff).toBe('2025-03-31T03:00:00.000Z')
    expect(results.find(({ rule }) => rule === 'newsletterDeliveries')!.cutoff).toBe(
      '2026-02-28T03:00:00.000Z',
    )
    expect(results.find(({ rule }) => rule === 'eventRegistrants')!.count).toBe(1)
    // 31 March less 24 months, for the audit log too.
    expect(results.find(({ rule }) => rule === 'auditLog')!.cutoff).toBe('2025-03-31T03:00:00.000Z')
  })

  it('counts nothing the second time: what it removed is gone', async () => {
    const again = await applyRetention(payload, { now })
    expect(again.kind).toBe('done')
    if (again.kind === 'done') expect(again.results.every(({ count }) => count === 0)).toBe(true)
  })

  it('runs once when two workers start the day’s run together', async () => {
    const later = new Date(now.getTime() + 2 * day)
    const notRunSince = new Date(later.getTime() - day)
    const before = (await payload.count({ collection: 'retention-runs' })).totalDocs
    const outcomes = await Promise.all([
      applyRetention(payload, { now: later, notRunSince }),
      applyRetention(payload, { now: later, notRunSince }),
    ])
    expect(outcomes.map(({ kind }) => kind).sort()).toEqual(['done', 'skipped'])
    expect((await payload.count({ collection: 'retention-runs' })).totalDocs).toBe(before + 1)
    // The next worker that day finds the run done.
    expect((await applyRetention(payload, { now: later, notRunSince })).kind).toBe('skipped')
  })

  it('queues the daily job when no run happened in a day, and the job records a run', async () => {
    await query('DELETE FROM retention_runs')
    const today = new Date()
    expect(await queueRetentionWhenDue(payload, today)).toBe(true)
    // Queued already: a second look (after the minute between looks) queues no second job.
    expect(await queueRetentionWhenDue(payload, new Date(today.getTime() + 2 * minute))).toBe(false)
    await payload.jobs.run({ where: { taskSlug: { equals: 'applyRetention' } } })
    const { docs } = await payload.find({ collection: 'retention-runs', overrideAccess: true })
    expect(docs).toHaveLength(1)
    // Done for the day: nothing more is queued.
    expect(await queueRetentionWhenDue(payload, new Date(today.getTime() + 4 * minute))).toBe(false)
  })

  it('queues again when the last job failed for good', async () => {
    await query('DELETE FROM retention_runs')
    await query('DELETE FROM payload_jobs')
    await payload.jobs.queue({ task: 'applyRetention', input: {} })
    expect(await queueRetentionWhenDue(payload, new Date(Date.now() + 10 * minute))).toBe(false)
    await query('UPDATE payload_jobs SET has_error = true')
    expect(await queueRetentionWhenDue(payload, new Date(Date.now() + 12 * minute))).toBe(true)
  })

  it('shows the periods in force in the runs list’s description, in each admin language', () => {
    const runs = payload.config.collections.find(({ slug }) => slug === 'retention-runs')!
    const description = runs.admin.description as Record<string, string>
    for (const locale of ['fi', 'sv', 'en']) {
      for (const period of Object.values(periods))
        expect(description[locale]).toContain(`${period}`)
    }
    expect(description.fi).toContain(`${periods.registrantDays} päivää tapahtuman jälkeen`)
    expect(description.sv).toContain(`${periods.registrantDays} dagar efter evenemanget`)
  })
})
