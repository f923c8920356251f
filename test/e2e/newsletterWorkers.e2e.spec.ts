import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { deliveryTotals } from '@/newsletter/deliveryQueue'
import { sendSettings } from '@/newsletter/settings'
import { freePort } from '@/platform/database/freePort'

import { login, rest } from '../helpers/api'
import { createConfirmedSubscribers, createIssue, issueStatus } from '../helpers/newsletter'
import { bootPayload } from '../helpers/payload'
import { until } from '../helpers/production'
import { startSmtpSink } from '../helpers/smtp'
import { createUser, testPassword } from '../helpers/users'
import { duplicatesIn, recipientsOf, workerProcesses } from '../helpers/workers'

/**
 * `npm run worker` processes against one database and real SMTP servers, killed and doubled as
 * production would see them.
 */
let payload: Payload
let token: string
const workers = workerProcesses()

beforeAll(async () => {
  payload = await bootPayload()
  const editor = await createUser(payload, 'editor')
  token = await login(editor.email, testPassword)
})

afterEach(() => workers.killAll())

afterAll(async () => {
  await payload.destroy()
})

async function sendToReaders(prefix: string, count: number) {
  const readers = await createConfirmedSubscribers(payload, count, { prefix })
  const issue = await createIssue(payload, {})
  const response = await rest(`newsletters/${issue.id}/send`, { method: 'POST', body: {}, token })
  expect(response.status).toBe(202)
  return { issue, emails: new Set(readers.map((reader) => reader.email)) }
}

describe('newsletter workers', () => {
  it('a worker killed with SIGKILL mid-issue: a new one delivers the rest, duplicates only in flight', async () => {
    const sink = await startSmtpSink({ delayMs: 25 })
    try {
      const first = await workers.start(sink)
      const { issue, emails } = await sendToReaders('killed', 300)
      const mine = () => recipientsOf(sink, 'killed')
      await until(async () => mine().length >= 60, {
        timeoutMs: 60_000,
        what: 'the first messages',
      })
      await workers.kill(first)
      const atKill = mine().length
      expect(atKill).toBeLessThan(emails.size)

      const started = Date.now()
      await workers.start(sink)
      await until(async () => (await issueStatus(payload, issue.id)) === 'sent', {
        timeoutMs: 90_000,
        what: 'the issue',
      })
      const delivered = mine()
      const duplicates = duplicatesIn(delivered)
      console.info(
        `kill -9 after ${atKill} of ${emails.size}; the next worker finished in ${((Date.now() - started) / 1000).toFixed(1)} s; ${duplicates} duplicate(s)`,
      )
      expect(new Set(delivered)).toEqual(emails)
      // At most the messages in flight at the kill and those whose `sent` record was: two per
      // SMTP connection of the dead worker.
      expect(duplicates).toBeLessThanOrEqual(2 * sendSettings().concurrency)
      expect(await deliveryTotals(payload, issue.id)).toMatchObject({
        sent: emails.size,
        queued: 0,
        sending: 0,
      })
    } finally {
      await sink.close()
    }
  }, 180_000)

  it('two workers at once share an issue: both send, and no delivery goes twice', async () => {
    // A relay of its own per worker, so that each message shows which worker sent it.
    const sinks = [
      await startSmtpSink({ port: await freePort(), delayMs: 5 }),
      await startSmtpSink({ port: await freePort(), delayMs: 5 }),
    ]
    try {
      // Both wait for work before the issue is sent, and a worker takes one newsletter job at a
      // time: each gets one of the issue's two jobs.
      await Promise.all(sinks.map(workers.start))
      const { issue, emails } = await sendToReaders('shared', 400)
      await until(async () => (await issueStatus(payload, issue.id)) === 'sent', {
        timeoutMs: 90_000,
        what: 'the issue',
      })
      const [first, second] = sinks.map((sink) => recipientsOf(sink, 'shared'))
      console.info(`two workers: ${first!.length} and ${second!.length} of ${emails.size} sent`)
      expect(first!.length).toBeGreaterThan(0)
      expect(second!.length).toBeGreaterThan(0)
      const delivered = [...first!, ...second!]
      expect(duplicatesIn(delivered)).toBe(0)
      expect(new Set(delivered)).toEqual(emails)
    } finally {
      await Promise.all(sinks.map((sink) => sink.close()))
    }
  }, 180_000)
})
