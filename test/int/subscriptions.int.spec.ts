import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { translate } from '@/i18n'
import { createToken } from '@/newsletter/tokens'

import { graphql, login, rest } from '../helpers/api'
import { runQueueUntil } from '../helpers/newsletter'
import { bootPayload } from '../helpers/payload'
import { startSmtpSink, type SmtpSink } from '../helpers/smtp'
import { createUser, testPassword } from '../helpers/users'

let payload: Payload
let smtp: SmtpSink
let clusterSlug: string

beforeAll(async () => {
  payload = await bootPayload()
  smtp = await startSmtpSink()
  const cluster = await payload.create({
    collection: 'clusters',
    locale: 'fi',
    data: { name: 'Arktinen muotoilu', slug: 'arctic-design', displayOrder: 1 },
  })
  clusterSlug = cluster.slug
})

afterAll(async () => {
  await smtp.close()
  await payload.destroy()
})

beforeEach(() => {
  smtp.messages.length = 0
})

let nextAddress = 0
const freshAddress = () => `tilaaja-${++nextAddress}-${Date.now()}@example.test`
const forwardedFor = () => ({ 'X-Forwarded-For': `198.51.100.${nextAddress % 250}` })

const subscribeRequest = (body: unknown, headers: Record<string, string> = forwardedFor()) =>
  rest('newsletter/subscribe', { method: 'POST', body, headers })

const noJobsLeft = async () => (await payload.count({ collection: 'payload-jobs' })).totalDocs === 0

function confirmLinkIn(text: string): string {
  const match = /https?:\/\/\S+\/api\/newsletter\/confirm\?token=[\w.%-]+/.exec(text)
  if (!match) throw new Error(`no confirmation link in: ${text}`)
  return match[0].replace('http://localhost:3000/api/', '')
}

describe('subscribe', () => {
  it('answers 202 and mails a confirmation link in the chosen language; nothing else', async () => {
    const email = freshAddress()
    const response = await subscribeRequest({
      email,
      locale: 'sv',
      clusters: [clusterSlug],
      consent: true,
      source: 'https://klusteri.example.fi/uutiskirje',
    })
    expect(response.status).toBe(202)
    await runQueueUntil(payload, noJobsLeft)

    expect(smtp.recipients()).toEqual([email])
    const [message] = smtp.messages
    expect(message!.subject).toBe(translate('sv', 'email.confirm.subject'))
    expect(message!.subject).toMatch(/prenumeration/)
    expect(message!.html).toContain('lang="sv"')
    confirmLinkIn(message!.text!)

    const { docs } = await payload.find({
      collection: 'subscribers',
      where: { email: { equals: email } },
    })
    expect(docs[0]).toMatchObject({ status: 'pending', locale: 'sv' })
    expect(docs[0]!.consent).toMatchObject({
      version: expect.any(String),
      locale: 'sv',
      clusters: [clusterSlug],
      source: 'https://klusteri.example.fi/uutiskirje',
      text: expect.stringContaining('Lapplands förbund'),
    })
  })

  it('gives the same answer for a known address and mails it at most once an hour', async () => {
    const email = freshAddress()
    const first = await subscribeRequest({ email, locale: 'fi', consent: true })
    const second = await subscribeRequest({ email, locale: 'fi', consent: true })
    const third = await subscribeRequest({
      email: email.toUpperCase(),
      locale: 'en',
      consent: true,
    })
    expect([first.status, second.status, third.status]).toEqual([202, 202, 202])
    expect(await second.json()).toEqual(await first.json())
    await runQueueUntil(payload, noJobsLeft)
    expect(smtp.recipients()).toEqual([email])
  })

  it('refuses bad input with 400 and a reason', async () => {
    const cases: [unknown, RegExp][] = [
      [{ email: 'not-an-address', locale: 'fi', consent: true }, /email/i],
      [
        { email: 'a@example.test\r\nBcc: victim@example.test', locale: 'fi', consent: true },
        /Line breaks/,
      ],
      [
        { email: freshAddress(), locale: 'fi', consent: true, source: 'x\nBcc: y' },
        /Line breaks.*source/,
      ],
      [{ email: freshAddress(), locale: 'de', consent: true }, /locale/],
      [{ email: freshAddress(), locale: 'fi' }, /[Cc]onsent/],
      [{ email: freshAddress(), locale: 'fi', consent: 'yes' }, /[Cc]onsent/],
      [
        { email: freshAddress(), locale: 'fi', consent: true, clusters: ['no-such-cluster'] },
        /no-such-cluster/,
      ],
    ]
    for (const [body, reason] of cases) {
      const response = await subscribeRequest(body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect((await response.json()).errors[0].message).toMatch(reason)
    }
    const malformed = await rest('newsletter/subscribe', {
      method: 'POST',
      body: '{"email":',
      headers: { 'Content-Type': 'application/json' },
    })
    expect(malformed.status).toBe(400)
    expect((await payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(0)
  })

  it('limits how often one client may ask, with 429 and Retry-After', async () => {
    const headers = { 'X-Forwarded-For': '203.0.113.77' }
    const statuses = []
    for (let i = 0; i < 12; i++) {
      statuses.push(
        (await subscribeRequest({ email: freshAddress(), locale: 'fi', consent: true }, headers))
          .status,
      )
    }
    expect(statuses.slice(0, 10).every((status) => status === 202)).toBe(true)
    const refused = await subscribeRequest(
      { email: freshAddress(), locale: 'fi', consent: true },
      headers,
    )
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    await runQueueUntil(payload, noJobsLeft)
  })
})

describe('confirm', () => {
  it('a GET changes nothing; a POST confirms once; the link then is used up', async () => {
    const email = freshAddress()
    await subscribeRequest({ email, locale: 'fi', consent: true })
    await runQueueUntil(payload, noJobsLeft)
    const link = confirmLinkIn(smtp.messages[0]!.text!)

    const page = await rest(link)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toContain('text/html')
    expect(await page.text()).toContain('<form method="post"')
    const pending = await payload.find({
      collection: 'subscribers',
      where: { email: { equals: email } },
    })
    expect(pending.docs[0]!.status).toBe('pending')

    const confirmed = await rest(link, { method: 'POST' })
    expect(confirmed.status).toBe(200)
    const after = await payload.find({
      collection: 'subscribers',
      where: { email: { equals: email } },
    })
    expect(after.docs[0]!.status).toBe('confirmed')
    expect(after.docs[0]!.consent?.confirmedAt).toBeTruthy()

    const reused = await rest(link, { method: 'POST', headers: { Accept: 'application/json' } })
    expect(reused.status).toBe(410)
    // In the subscriber's language, whatever the browser's.
    expect((await reused.json()).message).toBe(translate('fi', 'page.token.used'))
  })

  it('forged links are 400 and expired ones 410', async () => {
    const forged = await rest('newsletter/confirm?token=eyJwdXJwb3NlIjoiY29uZmlybSJ9.bm9wZQ', {
      method: 'POST',
    })
    expect(forged.status).toBe(400)
    const garbage = await rest('newsletter/confirm?token=%00%00', { method: 'POST' })
    expect(garbage.status).toBe(400)

    const subscriber = await payload.create({
      collection: 'subscribers',
      data: { email: freshAddress(), locale: 'fi', status: 'pending', confirmationNonce: 'abc' },
    })
    const expired = createToken({
      purpose: 'confirm',
      subscriber: subscriber.id,
      nonce: 'abc',
      expires: Date.now() - 1000,
    })
    const response = await rest(`newsletter/confirm?token=${expired}`, { method: 'POST' })
    expect(response.status).toBe(410)

    const wrongPurpose = createToken({ purpose: 'unsubscribe', subscriber: subscriber.id })
    expect(
      (await rest(`newsletter/confirm?token=${wrongPurpose}`, { method: 'POST' })).status,
    ).toBe(400)
    expect((await payload.findByID({ collection: 'subscribers', id: subscriber.id })).status).toBe(
      'pending',
    )
  })
})

describe('manage', () => {
  it('the manage link shows and changes language and clusters; a forged one is refused', async () => {
    const subscriber = await payload.create({
      collection: 'subscribers',
      data: { email: freshAddress(), locale: 'fi', status: 'confirmed' },
    })
    const path = `newsletter/manage?token=${createToken({ purpose: 'manage', subscriber: subscriber.id })}`
    const json = { Accept: 'application/json' }

    expect(await (await rest(path, { headers: json })).json()).toMatchObject({
      locale: 'fi',
      clusters: [],
    })
    const form = await (await rest(path)).text()
    expect(form).toContain('name="clusters" value="arctic-design"')

    const changed = await rest(path, {
      method: 'POST',
      body: `locale=sv&clusters=${clusterSlug}`,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(changed.status).toBe(200)
    expect(await changed.text()).toContain('lang="sv"')
    expect(await (await rest(path, { headers: json })).json()).toMatchObject({
      locale: 'sv',
      clusters: [clusterSlug],
    })

    const bad = await rest(path, { method: 'POST', body: { locale: 'xx', clusters: [] } })
    expect(bad.status).toBe(400)
    const forged = await rest(
      `newsletter/manage?token=${createToken({ purpose: 'unsubscribe', subscriber: subscriber.id })}`,
    )
    expect(forged.status).toBe(400)
  })
})

describe('privacy', () => {
  it('subscribers, their tokens and deliveries are never readable without a staff login', async () => {
    await payload.create({
      collection: 'subscribers',
      data: {
        email: 'secret-reader@example.test',
        locale: 'fi',
        status: 'confirmed',
        confirmationNonce: 'n0nce',
      },
    })
    for (const path of [
      'subscribers',
      'deliveries',
      'newsletters',
      'subscribers?where[email][like]=secret',
    ]) {
      const response = await rest(path)
      expect(response.status, path).toBe(403)
      expect(await response.text()).not.toContain('secret-reader')
    }
    const query = await (
      await graphql('{ Subscribers { docs { email confirmationNonce } } }')
    ).text()
    expect(query).not.toContain('secret-reader')
    const deliveries = await (await graphql('{ Deliveries { docs { email } } }')).text()
    expect(deliveries).toContain('Forbidden')

    const editor = await createUser(payload, 'editor')
    const token = await login(editor.email, testPassword)
    const asEditor = await (
      await rest('subscribers?where[email][equals]=secret-reader@example.test', { token })
    ).json()
    expect(asEditor.docs[0].email).toBe('secret-reader@example.test')
    expect(asEditor.docs[0].confirmationNonce).toBeUndefined()
  })
})
