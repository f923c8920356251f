import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { deliveryTotals } from '@/newsletter/deliveryQueue'
import { sendIssue } from '@/newsletter/sendIssue'
import { appPool } from '@/platform/database/pool'

import { login, rest } from '../helpers/api'
import {
  createConfirmedSubscribers,
  createIssue,
  issueStatus,
  publishNews,
  runQueueUntil,
} from '../helpers/newsletter'
import { bootPayload } from '../helpers/payload'
import { startSmtpSink, type SmtpSink } from '../helpers/smtp'
import { createUser, testPassword } from '../helpers/users'

let payload: Payload
let editorToken: string
let design: number
let safety: number

beforeAll(async () => {
  payload = await bootPayload()
  const editor = await createUser(payload, 'editor', 'toimittaja@example.test')
  editorToken = await login(editor.email, testPassword)
  const cluster = (name: string, slug: string) =>
    payload.create({ collection: 'clusters', locale: 'fi', data: { name, slug, displayOrder: 1 } })
  design = (await cluster('Muotoilu', 'arctic-design')).id
  safety = (await cluster('Turvallisuus', 'arctic-safety')).id
})

afterAll(async () => {
  await payload.destroy()
})

/** A header as it was sent (mailparser turns List-Unsubscribe into an object). */
const rawHeader = (message: ParsedMail, name: string) =>
  message.headerLines
    .find((line) => line.key === name)
    ?.line.replace(/^[^:]+:\s*/, '')
    .replace(/\r?\n\s+/g, '')

const sent = (id: number) => async () => (await issueStatus(payload, id)) === 'sent'

async function withSink<T>(
  options: Parameters<typeof startSmtpSink>[0],
  run: (sink: SmtpSink) => Promise<T>,
) {
  const sink = await startSmtpSink(options)
  try {
    return await run(sink)
  } finally {
    await sink.close()
  }
}

describe('compose and send over REST', () => {
  it('each subscriber gets one message, in their language, with working unsubscribe links', async () => {
    const translated = await publishNews(payload, { fi: 'Uusi testiympäristö', sv: 'Ny testmiljö' })
    const finnishOnly = await publishNews(payload, { fi: 'Vain suomeksi kirjoitettu uutinen' })
    const fi = await createConfirmedSubscribers(payload, 2, { locale: 'fi', prefix: 'fi' })
    const [sv] = await createConfirmedSubscribers(payload, 1, { locale: 'sv', prefix: 'sv' })
    const [en] = await createConfirmedSubscribers(payload, 1, {
      locale: 'en',
      prefix: 'en',
      clusters: [design],
    })
    await createConfirmedSubscribers(payload, 1, {
      locale: 'fi',
      prefix: 'other-cluster',
      clusters: [safety],
    })
    await payload.create({
      collection: 'subscribers',
      data: { email: 'pending@example.test', locale: 'fi', status: 'pending' },
    })
    const issue = await createIssue(payload, {
      news: [translated.id, finnishOnly.id],
      audience: [design],
      missingTranslation: 'fallback',
    })

    expect((await rest(`newsletters/${issue.id}/send`, { method: 'POST', body: {} })).status).toBe(
      403,
    )

    await withSink({}, async (sink) => {
      const response = await rest(`newsletters/${issue.id}/send`, {
        method: 'POST',
        body: {},
        token: editorToken,
      })
      expect(response.status).toBe(202)
      const again = await rest(`newsletters/${issue.id}/send`, {
        method: 'POST',
        body: {},
        token: editorToken,
      })
      expect(again.status).toBe(409)

      await runQueueUntil(payload, sent(issue.id))
      expect(sink.recipients().sort()).toEqual([...fi, sv!, en!].map((s) => s.email).sort())

      const bySubscriber = (email: string) =>
        sink.messages.find((m) => sink.recipients()[sink.messages.indexOf(m)] === email)!
      const swedish = bySubscriber(sv!.email)
      expect(swedish.subject).toBe('Nyhetsbrev')
      // Text and HTML as alternatives of one message, as a mail client expects them.
      expect(swedish.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' })
      expect(swedish.html).toContain('Ny testmiljö')
      expect(swedish.html).toContain('lang="fi"')
      expect(swedish.html).toContain('Vain suomeksi kirjoitettu uutinen')
      expect(swedish.text).toContain('Ny testmiljö')

      const english = bySubscriber(en!.email)
      expect(english.subject).toBe('Newsletter')
      expect(english.html).toContain('Uusi testiympäristö')
      expect(english.html).toMatch(/<h2[^>]*>Uusi testiympäristö <span[^>]*>\(In Finnish\)/)

      const unsubscribeHeader = rawHeader(swedish, 'list-unsubscribe') ?? ''
      expect(unsubscribeHeader).toMatch(/^<https?:\/\/.+\/api\/newsletter\/unsubscribe\?token=.+>$/)
      expect(rawHeader(swedish, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
      const unsubscribePath = unsubscribeHeader
        .slice(1, -1)
        .replace('http://localhost:3000/api/', '')

      const prefetch = await rest(unsubscribePath)
      expect(prefetch.status).toBe(200)
      expect((await payload.findByID({ collection: 'subscribers', id: sv!.id })).status).toBe(
        'confirmed',
      )

      const oneClick = await rest(unsubscribePath, {
        method: 'POST',
        body: 'List-Unsubscribe=One-Click',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      })
      expect(oneClick.status).toBe(200)
      expect((await payload.findByID({ collection: 'subscribers', id: sv!.id })).status).toBe(
        'unsubscribed',
      )
    })

    const totals = await deliveryTotals(payload, issue.id)
    expect(totals).toMatchObject({ total: 4, sent: 4, queued: 0, failed: 0, bounced: 0 })
    const progress = await (
      await rest(`newsletters/${issue.id}/progress`, { token: editorToken })
    ).json()
    expect(progress).toMatchObject({ status: 'sent', sent: 4, total: 4 })
  })

  it('leaves untranslated items out when the editor chose so, and previews each language', async () => {
    const finnishOnly = await publishNews(payload, { fi: 'Toinen vain suomeksi' })
    const both = await publishNews(payload, { fi: 'Kaksikielinen', en: 'Bilingual' })
    const issue = await createIssue(payload, {
      news: [finnishOnly.id, both.id],
      missingTranslation: 'skip',
    })

    const preview = await rest(`newsletters/${issue.id}/preview?locale=en`, { token: editorToken })
    expect(preview.status).toBe(200)
    const html = await preview.text()
    expect(html).toContain('Bilingual')
    expect(html).not.toContain('Toinen vain suomeksi')
    expect(html).toContain('<html lang="en">')
    expect((await rest(`newsletters/${issue.id}/preview?locale=en`)).status).toBe(403)
  })

  it('an editor cannot reset a sent issue to draft to send it again', async () => {
    const issue = await createIssue(payload, {})
    await withSink({}, async () => {
      await rest(`newsletters/${issue.id}/send`, { method: 'POST', body: {}, token: editorToken })
      await runQueueUntil(payload, sent(issue.id))
    })
    const reset = await rest(`newsletters/${issue.id}`, {
      method: 'PATCH',
      body: { status: 'draft', sentAt: null },
      token: editorToken,
    })
    expect(reset.status).toBeLessThan(500)
    expect(await issueStatus(payload, issue.id)).toBe('sent')
    const again = await rest(`newsletters/${issue.id}/send`, {
      method: 'POST',
      body: {},
      token: editorToken,
    })
    expect(again.status).toBe(409)
  })

  it('an issue that does not exist is a 4xx, not a 5xx', async () => {
    for (const id of ['abc', '999999']) {
      for (const [path, method] of [
        ['send', 'POST'],
        ['preview', 'GET'],
        ['progress', 'GET'],
      ] as const) {
        const response = await rest(`newsletters/${id}/${path}`, {
          method,
          body: method === 'POST' ? {} : undefined,
          token: editorToken,
        })
        expect(response.status, `${method} ${id}/${path}`).toBeGreaterThanOrEqual(400)
        expect(response.status, `${method} ${id}/${path}`).toBeLessThan(500)
      }
    }
  })

  it('sends a test of every language to the editor only', async () => {
    const issue = await createIssue(payload, {})
    await withSink({}, async (sink) => {
      const response = await rest(`newsletters/${issue.id}/send`, {
        method: 'POST',
        body: { test: true },
        token: editorToken,
      })
      expect(response.status).toBe(200)
      expect(sink.recipients()).toEqual([
        'toimittaja@example.test',
        'toimittaja@example.test',
        'toimittaja@example.test',
      ])
      expect(sink.messages.map((m) => m.subject)).toEqual([
        '[fi] Uutiskirje',
        '[sv] Nyhetsbrev',
        '[en] Newsletter',
      ])
    })
    expect(await issueStatus(payload, issue.id)).toBe('draft')
  })
})

describe('faults', () => {
  it('a server that refuses connections delays the issue but loses nothing', async () => {
    const readers = await createConfirmedSubscribers(payload, 5, { prefix: 'refused' })
    const issue = await createIssue(payload, { audience: [] })
    await rest(`newsletters/${issue.id}/send`, { method: 'POST', body: {}, token: editorToken })

    await runQueueUntil(payload, async () => (await deliveryTotals(payload, issue.id)).total > 0)
    const waiting = await deliveryTotals(payload, issue.id)
    expect(waiting.sent).toBe(0)
    expect(waiting.queued).toBeGreaterThan(0)

    await withSink({}, async (sink) => {
      await runQueueUntil(payload, sent(issue.id))
      expect(
        sink
          .recipients()
          .filter((r) => r.startsWith('refused'))
          .sort(),
      ).toEqual(readers.map((r) => r.email).sort())
    })
  })

  it('421 answers are retried with backoff; each reader still gets exactly one message', async () => {
    const readers = await createConfirmedSubscribers(payload, 6, { prefix: 'busy' })
    const issue = await createIssue(payload, {})
    const refusals = new Map<string, number>()
    await withSink(
      {
        refuse: (recipient) => {
          const seen = refusals.get(recipient) ?? 0
          refusals.set(recipient, seen + 1)
          return seen < 2 ? { code: 421, message: 'Try again later' } : undefined
        },
      },
      async (sink) => {
        await rest(`newsletters/${issue.id}/send`, { method: 'POST', body: {}, token: editorToken })
        await runQueueUntil(payload, sent(issue.id))
        const busy = sink.recipients().filter((r) => r.startsWith('busy'))
        expect(busy.sort()).toEqual(readers.map((r) => r.email).sort())
      },
    )
    for (const reader of readers) expect(refusals.get(reader.email)).toBe(3)
  })

  it('a 5xx marks the message bounced; the second such bounce suppresses the address', async () => {
    const [good, bad] = await createConfirmedSubscribers(payload, 2, { prefix: 'bounce' })
    const refuse = (recipient: string) =>
      recipient === bad!.email ? { code: 550, message: 'No such mailbox' } : undefined
    for (let round = 1; round <= 2; round++) {
      const issue = await createIssue(payload, {})
      await withSink({ refuse }, async (sink) => {
        await rest(`newsletters/${issue.id}/send`, { method: 'POST', body: {}, token: editorToken })
        await runQueueUntil(payload, sent(issue.id))
        expect(sink.recipients()).toContain(good!.email)
        expect(sink.recipients()).not.toContain(bad!.email)
      })
      expect((await deliveryTotals(payload, issue.id)).bounced).toBe(1)
      const subscriber = await payload.findByID({ collection: 'subscribers', id: bad!.id })
      expect(subscriber.status).toBe(round === 1 ? 'confirmed' : 'suppressed')
    }
  })

  it('an unsubscribe that arrives mid-send stops the message not yet sent', async () => {
    const readers = await createConfirmedSubscribers(payload, 20, { prefix: 'midway' })
    const last = readers.at(-1)!
    const issue = await createIssue(payload, {})
    await payload.update({ collection: 'newsletters', id: issue.id, data: { status: 'scheduled' } })
    await withSink({ delayMs: 40 }, async (sink) => {
      const sending = sendIssue(payload, issue.id)
      await sink.waitFor(1)
      await payload.update({
        collection: 'subscribers',
        id: last.id,
        data: { status: 'unsubscribed' },
      })
      await sending
      const midway = sink.recipients().filter((r) => r.startsWith('midway'))
      expect(midway).toHaveLength(19)
      expect(midway).not.toContain(last.email)
    })
    expect((await deliveryTotals(payload, issue.id)).skipped).toBe(1)
  })

  it('records progress on connections that plan it once, given back as they were', async () => {
    await createConfirmedSubscribers(payload, 40, { prefix: 'planned' })
    const issue = await createIssue(payload, {})
    await payload.update({ collection: 'newsletters', id: issue.id, data: { status: 'scheduled' } })
    await withSink({}, () => sendIssue(payload, issue.id))

    // Every connection the pool has: the ones the sender held are among them.
    const pool = appPool(payload)
    const clients = await Promise.all(Array.from({ length: pool.totalCount }, () => pool.connect()))
    try {
      const sessions = await Promise.all(
        clients.map(async (client) => {
          const { rows: modes } = await client.query('SHOW plan_cache_mode')
          const { rows: plans } = await client.query<{ generic: number; custom: number }>(
            `SELECT generic_plans::int AS generic, custom_plans::int AS custom
             FROM pg_prepared_statements WHERE name = 'deliveries-record-progress'`,
          )
          return { mode: modes[0].plan_cache_mode, plans: plans[0] }
        }),
      )
      expect(new Set(sessions.map((session) => session.mode))).toEqual(new Set(['auto']))
      const plans = sessions.flatMap((session) => (session.plans ? [session.plans] : []))
      expect(plans.reduce((runs, plan) => runs + plan.generic, 0)).toBeGreaterThan(5)
      expect(plans.map((plan) => plan.custom)).toEqual(plans.map(() => 0))
    } finally {
      for (const client of clients) client.release()
    }
  })

  it('two senders at once never send the same delivery twice', async () => {
    const readers = await createConfirmedSubscribers(payload, 60, { prefix: 'parallel' })
    const issue = await createIssue(payload, {})
    await payload.update({ collection: 'newsletters', id: issue.id, data: { status: 'scheduled' } })
    await withSink({ delayMs: 5 }, async (sink) => {
      await Promise.all([
        sendIssue(payload, issue.id),
        sendIssue(payload, issue.id),
        sendIssue(payload, issue.id),
      ])
      const parallel = sink.recipients().filter((r) => r.startsWith('parallel'))
      expect(parallel).toHaveLength(readers.length)
      expect(new Set(parallel).size).toBe(readers.length)
    })
  })
})
