import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { eventMailPlanTask } from '@/jobs/planEventMail'
import { sendSettings } from '@/newsletter/settings'
import type { Event } from '@/payload-types'
import { freePort } from '@/platform/database/freePort'
import { appPool } from '@/platform/database/pool'

import { publishedEvent, registrant } from '../helpers/events'
import { bootPayload } from '../helpers/payload'
import { until } from '../helpers/production'
import { startSmtpSink } from '../helpers/smtp'
import { duplicatesIn, recipientsOf, workerProcesses } from '../helpers/workers'

/**
 * Reminders and follow-ups sent by `npm run worker` processes on one database, as production
 * runs them: two at once, and one killed with SIGKILL mid-way. Each attendee gets each message
 * once; the waiting list gets none.
 */
let payload: Payload
const workers = workerProcesses()
const hour = 3_600_000
let counter = 0

beforeAll(async () => {
  payload = await bootPayload()
})

afterEach(() => workers.killAll())

afterAll(async () => {
  await payload.destroy()
})

/** An event `startsIn` ms from now with `count` registrants in `status`, addressed `prefix-…`. */
async function eventWith(
  startsIn: number,
  prefix: string,
  count: number,
  status: 'confirmed' | 'attended' | 'waitlisted' = 'confirmed',
) {
  const event = await publishedEvent(
    payload,
    new Date(Date.now() + startsIn),
    `Klusteriaamu ${++counter}`,
  )
  const emails: string[] = []
  for (let index = 0; index < count; index++) {
    const email = `${prefix}-${status}-${index}@example.test`
    const locale = (['fi', 'sv', 'en'] as const)[index % 3]!
    await registrant(payload, event, { email, status, locale })
    emails.push(email)
  }
  return { event, emails }
}

const setRecording = (event: Event) =>
  payload.update({
    collection: 'events',
    id: event.id,
    locale: 'fi',
    data: { recordingUrl: 'https://example.test/tallenne' } as never,
  })

/** Two planning runs queued at once, as two workers' minutes would. */
const planTwice = () =>
  Promise.all([1, 2].map(() => payload.jobs.queue({ task: eventMailPlanTask, input: {} })))

/** Every row of `kind` for `events` sent, and at least `expected` of them. */
async function allSent(events: Event[], kind: 'reminder' | 'followUp', expected: number) {
  await until(
    async () => {
      const { rows } = await appPool(payload).query<{ rows: number; sent: number }>(
        `SELECT count(*)::int AS rows, count(*) FILTER (WHERE status = 'sent')::int AS sent
         FROM deliveries WHERE event_id = ANY($1) AND kind = $2`,
        [events.map((event) => event.id), kind],
      )
      return rows[0]!.rows >= expected && rows[0]!.sent === rows[0]!.rows
    },
    { timeoutMs: 150_000, what: `the ${kind}s of ${events.length} event(s)` },
  )
}

describe('event mail workers', () => {
  it('two workers share the reminders and follow-ups: both send, nobody gets one twice', async () => {
    const sinks = [
      await startSmtpSink({ port: await freePort(), delayMs: 5 }),
      await startSmtpSink({ port: await freePort(), delayMs: 5 }),
    ]
    try {
      const upcoming = [
        await eventWith(3 * hour, 'shared-a', 120),
        await eventWith(4 * hour, 'shared-b', 120),
        await eventWith(5 * hour, 'shared-c', 120),
      ]
      // On the first event's waiting list: no seat, so no reminder.
      const waitlisted = [0, 1, 2, 3, 4].map((index) => `shared-a-waitlisted-${index}@example.test`)
      for (const email of waitlisted) {
        await registrant(payload, upcoming[0]!.event, { email, status: 'waitlisted', locale: 'fi' })
      }
      const ended = [
        await eventWith(-5 * hour, 'shared-d', 120, 'attended'),
        await eventWith(-6 * hour, 'shared-e', 120),
      ]
      await Promise.all(sinks.map(workers.start))
      await planTwice()
      await allSent(
        upcoming.map(({ event }) => event),
        'reminder',
        360,
      )
      for (const { event } of ended) await setRecording(event)
      await planTwice()
      await allSent(
        ended.map(({ event }) => event),
        'followUp',
        240,
      )

      const [first, second] = sinks.map((sink) => recipientsOf(sink, 'shared'))
      const everyone = [...upcoming, ...ended].flatMap(({ emails }) => emails)
      console.info(`two workers: ${first!.length} and ${second!.length} of ${everyone.length} sent`)
      expect(first!.length).toBeGreaterThan(0)
      expect(second!.length).toBeGreaterThan(0)
      const delivered = [...first!, ...second!]
      expect(duplicatesIn(delivered)).toBe(0)
      expect(new Set(delivered)).toEqual(new Set(everyone))
      for (const email of waitlisted) expect(delivered).not.toContain(email)
    } finally {
      await Promise.all(sinks.map((sink) => sink.close()))
    }
  }, 300_000)

  it.each(['reminder', 'followUp'] as const)(
    'a worker killed mid-way through the %ss: a new one sends the rest, duplicates only in flight',
    async (kind) => {
      const sink = await startSmtpSink({ port: await freePort(), delayMs: 25 })
      try {
        const prefix = `killed-${kind}`
        const { event, emails } = await eventWith(
          kind === 'reminder' ? 3 * hour : -5 * hour,
          prefix,
          300,
        )
        if (kind === 'followUp') await setRecording(event)
        const first = await workers.start(sink)
        await planTwice()
        const mine = () => recipientsOf(sink, prefix)
        await until(() => mine().length >= 60, { timeoutMs: 90_000, what: 'the first messages' })
        await workers.kill(first)
        const atKill = mine().length
        expect(atKill).toBeLessThan(emails.length)

        await workers.start(sink)
        await allSent([event], kind, emails.length)
        const delivered = mine()
        const duplicates = duplicatesIn(delivered)
        console.info(
          `${kind}s: kill -9 after ${atKill} of ${emails.length}; ${duplicates} duplicate(s)`,
        )
        expect(new Set(delivered)).toEqual(new Set(emails))
        // As the newsletter's: those in flight at the kill and those whose `sent` mark was.
        expect(duplicates).toBeLessThanOrEqual(2 * sendSettings().concurrency)
      } finally {
        await sink.close()
      }
    },
    300_000,
  )
})
