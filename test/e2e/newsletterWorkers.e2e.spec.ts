import { spawn, type ChildProcess } from 'node:child_process'
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { deliveryTotals } from '../../src/newsletter/deliveryQueue'
import { sendSettings } from '../../src/newsletter/settings'
import { login, rest } from '../helpers/api'
import { createConfirmedSubscribers, createIssue, issueStatus } from '../helpers/newsletter'
import { bootPayload } from '../helpers/payload'
import { until } from '../helpers/production'
import { startSmtpSink, type SmtpSink } from '../helpers/smtp'
import { createUser, testPassword } from '../helpers/users'

/**
 * `npm run worker` processes against one database and one SMTP server, killed and doubled as
 * production would see them.
 */
let payload: Payload
let token: string
const workers: ChildProcess[] = []

beforeAll(async () => {
  payload = await bootPayload()
  const editor = await createUser(payload, 'editor')
  token = await login(editor.email, testPassword)
})

afterEach(async () => {
  for (const worker of workers.splice(0)) {
    if (worker.exitCode !== null || worker.signalCode !== null) continue
    const exited = new Promise((resolve) => worker.once('exit', resolve))
    worker.kill('SIGKILL')
    await exited
  }
})

afterAll(async () => {
  await payload.destroy()
})

function startWorker(): ChildProcess {
  // One process (tsx as a loader, not its CLI, which would run the worker in a child that
  // SIGKILL of the parent leaves running): the kill below really ends the worker.
  const worker = spawn(process.execPath, ['--import', 'tsx', 'src/bin/worker.ts'], {
    env: { ...process.env, WORKER_INTERVAL_MS: '200' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  workers.push(worker)
  return worker
}

const duplicatesIn = (recipients: string[]) => recipients.length - new Set(recipients).size

async function sendToReaders(prefix: string, count: number, sink: SmtpSink) {
  const readers = await createConfirmedSubscribers(payload, count, { prefix })
  const issue = await createIssue(payload, {})
  const response = await rest(`newsletters/${issue.id}/send`, { method: 'POST', body: {}, token })
  expect(response.status).toBe(202)
  const mine = () => sink.recipients().filter((r) => r.startsWith(`${prefix}-`))
  return { issue, readers, mine }
}

describe('newsletter workers', () => {
  it('a worker killed with SIGKILL mid-issue: a new one delivers the rest, duplicates only in flight', async () => {
    const sink = await startSmtpSink({ delayMs: 25 })
    try {
      const { issue, readers, mine } = await sendToReaders('killed', 300, sink)
      const first = startWorker()
      await until(async () => mine().length >= 60, {
        timeoutMs: 60_000,
        what: 'the first messages',
      })
      const firstExited = new Promise((resolve) => first.once('exit', resolve))
      first.kill('SIGKILL')
      await firstExited
      const atKill = mine().length
      expect(atKill).toBeLessThan(readers.length)

      const started = Date.now()
      startWorker()
      await until(async () => (await issueStatus(payload, issue.id)) === 'sent', {
        timeoutMs: 90_000,
        what: 'the issue',
      })
      const delivered = mine()
      const duplicates = duplicatesIn(delivered)
      console.info(
        `kill -9 after ${atKill} of ${readers.length}; the next worker finished in ${((Date.now() - started) / 1000).toFixed(1)} s; ${duplicates} duplicate(s)`,
      )
      expect(new Set(delivered)).toEqual(new Set(readers.map((r) => r.email)))
      // At most the messages in flight at the kill: one per SMTP connection of the dead worker.
      expect(duplicates).toBeLessThanOrEqual(sendSettings().concurrency)
      expect(await deliveryTotals(payload, issue.id)).toMatchObject({
        sent: readers.length,
        queued: 0,
        sending: 0,
      })
    } finally {
      await sink.close()
    }
  }, 180_000)

  it('two workers at once share an issue and never send one delivery twice', async () => {
    const sink = await startSmtpSink({ delayMs: 5 })
    try {
      const { issue, readers, mine } = await sendToReaders('shared', 400, sink)
      startWorker()
      startWorker()
      await until(async () => (await issueStatus(payload, issue.id)) === 'sent', {
        timeoutMs: 90_000,
        what: 'the issue',
      })
      expect(mine()).toHaveLength(readers.length)
      expect(duplicatesIn(mine())).toBe(0)
    } finally {
      await sink.close()
    }
  }, 180_000)
})
