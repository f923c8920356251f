import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { Cluster, Partner } from '@/payload-types'
import type { ContentEvent } from '@/webhooks/events'
import { verify } from '@/webhooks/signature'
import { isPublicAddress } from '@/webhooks/targets'

import { login, rest } from '../helpers/api'
import { newsData } from '../helpers/news'
import { createPartner } from '../helpers/partners'
import { bootPayload } from '../helpers/payload'
import { createUser, testPassword } from '../helpers/users'
import { startWebhookReceiver } from '../helpers/webhookReceiver'

let payload: Payload
let adminToken: string
let tourism: Cluster
let design: Cluster
const receivers: Awaited<ReturnType<typeof startWebhookReceiver>>[] = []
const partners: Partner[] = []

beforeAll(async () => {
  payload = await bootPayload()
  const admin = await createUser(payload, 'admin')
  adminToken = await login(admin.email, testPassword)
  const cluster = (name: string, slug: string) =>
    payload.create({ collection: 'clusters', locale: 'fi', data: { name, slug, displayOrder: 1 } })
  tourism = await cluster('Matkailu', 'tourism')
  design = await cluster('Muotoilu', 'design')
})

afterEach(async () => {
  for (const partner of partners.splice(0)) {
    await payload.update({ collection: 'partners', id: partner.id, data: { active: false } })
  }
  await Promise.all(receivers.splice(0).map((receiver) => receiver.close()))
})

afterAll(async () => {
  await payload.destroy()
})

async function partnerWithReceiver(scope: Partial<Partner> = {}) {
  const receiver = await startWebhookReceiver()
  const { partner } = await createPartner(payload, adminToken, {
    webhookUrl: receiver.url,
    ...scope,
  })
  receivers.push(receiver)
  partners.push(partner)
  const secret = (await payload.findByID({ collection: 'partners', id: partner.id })).webhookSecret!
  const events = () =>
    receiver.received.map(({ body, headers }) => {
      expect(verify(secret, body, String(headers['x-arctic-signature']))).toBe(true)
      return JSON.parse(body) as ContentEvent
    })
  return { receiver, partner, secret, events }
}

/** Runs the queue, as the worker does, until `done` holds. */
async function runJobsUntil(done: () => boolean, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  while (!done()) {
    if (Date.now() > deadline) throw new Error('jobs did not finish in time')
    await payload.jobs.run({ limit: 50 })
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Lets every queued job run, for tests that expect nothing to arrive. */
const drainQueue = async () => {
  for (let round = 0; round < 5; round++) await payload.jobs.run({ limit: 50 })
}

const publishNews = (title: string, clusters: number[]) =>
  payload.create({
    collection: 'news',
    locale: 'fi',
    data: newsData({ title, clusters, _status: 'published' }),
  })

describe('webhooks', () => {
  it('tell of publish, update, unpublish and delete once each, signed, after the commit', async () => {
    const { events } = await partnerWithReceiver()
    const news = await publishNews('Uusi tuote', [tourism.id])
    await runJobsUntil(() => events().length === 1)
    expect(events()[0]).toMatchObject({
      type: 'publish',
      collection: 'news',
      id: news.id,
      locales: ['fi'],
      slugs: { fi: 'uusi-tuote' },
    })
    expect(events()[0]!.event).toMatch(/^[0-9a-f-]{36}$/)

    // A draft saved over the published item changes nothing public.
    await payload.update({
      collection: 'news',
      id: news.id,
      locale: 'fi',
      draft: true,
      data: { title: 'Luonnos' },
    })
    await drainQueue()
    expect(events()).toHaveLength(1)

    // Swedish is published on its own, later; then Finnish is edited, Swedish withdrawn.
    await payload.update({
      collection: 'news',
      id: news.id,
      locale: 'sv',
      data: { title: 'Ny produkt', _status: 'published' },
    })
    await runJobsUntil(() => events().length === 2)
    expect(events()[1]).toMatchObject({
      type: 'publish',
      locales: ['sv'],
      slugs: { fi: 'uusi-tuote', sv: 'ny-produkt' },
    })

    await payload.update({
      collection: 'news',
      id: news.id,
      locale: 'fi',
      data: { title: 'Uusi tuote markkinoille', _status: 'published' },
    })
    await runJobsUntil(() => events().length === 3)
    expect(events()[2]).toMatchObject({ type: 'update', locales: ['fi'] })

    await payload.update({
      collection: 'news',
      id: news.id,
      locale: 'sv',
      data: { _status: 'draft' },
    })
    await runJobsUntil(() => events().length === 4)
    expect(events()[3]).toMatchObject({
      type: 'unpublish',
      locales: ['sv'],
      slugs: { sv: 'ny-produkt' },
    })

    await payload.delete({ collection: 'news', id: news.id })
    await runJobsUntil(() => events().length === 5)
    expect(events().map((event) => [event.type, event.locales])).toEqual([
      ['publish', ['fi']],
      ['publish', ['sv']],
      ['update', ['fi']],
      ['unpublish', ['sv']],
      ['delete', ['fi']],
    ])
    expect(new Set(events().map((event) => event.event)).size).toBe(5)
  })

  it('reach only partners whose clusters and languages match', async () => {
    const inTourism = await partnerWithReceiver({ scopeClusters: [tourism.id] })
    const inDesign = await partnerWithReceiver({ scopeClusters: [design.id] })
    const swedishOnly = await partnerWithReceiver({ scopeLocales: ['sv'] })
    const news = await publishNews('Matkailu kasvaa', [tourism.id])
    await payload.update({
      collection: 'clusters',
      id: design.id,
      locale: 'fi',
      data: { name: 'Muotoilu ja design' },
    })
    await runJobsUntil(() => inTourism.events().length === 1 && inDesign.events().length === 1)
    await drainQueue()
    expect(inTourism.events().map((e) => [e.collection, e.id])).toEqual([['news', news.id]])
    expect(inDesign.events().map((e) => [e.collection, e.id])).toEqual([['clusters', design.id]])
    expect(swedishOnly.events()).toEqual([])
  })

  it('tell partners in scope of an event published, changed and cancelled, with its calendar facts', async () => {
    const inTourism = await partnerWithReceiver({ scopeClusters: [tourism.id] })
    const inDesign = await partnerWithReceiver({ scopeClusters: [design.id] })
    const startsAt = new Date(Date.now() + 30 * 86_400_000).toISOString()
    const endsAt = new Date(Date.now() + 30 * 86_400_000 + 7_200_000).toISOString()
    const event = await payload.create({
      collection: 'events',
      locale: 'fi',
      data: {
        title: 'Matkailupäivä',
        startsAt,
        endsAt,
        format: 'onSite',
        clusters: [tourism.id],
        _status: 'published',
      } as never,
    })
    await runJobsUntil(() => inTourism.events().length === 1)
    await payload.update({
      collection: 'events',
      id: event.id,
      locale: 'fi',
      data: { lead: 'Ohjelma tarkentui' },
    })
    await runJobsUntil(() => inTourism.events().length === 2)
    await payload.update({ collection: 'events', id: event.id, data: { cancelled: true } })
    await runJobsUntil(() => inTourism.events().length === 3)
    await drainQueue()

    const received = inTourism.events()
    expect(received.map((e) => [e.type, e.collection, e.id, e.locales])).toEqual([
      ['publish', 'events', event.id, ['fi']],
      ['update', 'events', event.id, ['fi']],
      ['cancel', 'events', event.id, ['fi']],
    ])
    expect(received.map((e) => e.details?.status)).toEqual(['scheduled', 'scheduled', 'cancelled'])
    expect(received[2]).toMatchObject({
      slugs: { fi: 'matkailupaiva' },
      details: {
        startsAt,
        endsAt,
        titles: { fi: 'Matkailupäivä' },
        urls: { fi: expect.stringMatching(/\/fi\/events\/matkailupaiva$/) },
        calendarUrls: {
          fi: expect.stringMatching(/\/api\/feeds\/fi\/events\.ics\?event=matkailupaiva$/),
        },
      },
    })
    expect(inDesign.events()).toEqual([])
  })

  it('are retried with backoff after a 500, and the log says what happened', async () => {
    const { receiver, events, partner } = await partnerWithReceiver()
    receiver.answerWith(500, 500)
    await publishNews('Toinen yritys', [tourism.id])
    await runJobsUntil(() => events().length === 3)
    const attempts = receiver.received.map(({ headers }) => headers['x-arctic-signature'])
    expect(new Set(events().map((event) => event.event)).size).toBe(1)
    expect(attempts).toHaveLength(3)
    const { docs } = await payload.find({
      collection: 'webhook-deliveries',
      where: { partner: { equals: partner.id } },
    })
    await runJobsUntil(() => true)
    const [delivery] = (
      await payload.find({
        collection: 'webhook-deliveries',
        where: { id: { equals: docs[0]!.id } },
      })
    ).docs
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 204 })
  })

  it('can be sent again by an admin, and only by an admin', async () => {
    const { events, partner } = await partnerWithReceiver()
    await publishNews('Lähetä uudelleen', [tourism.id])
    await runJobsUntil(() => events().length === 1)
    const { docs } = await payload.find({
      collection: 'webhook-deliveries',
      where: { partner: { equals: partner.id } },
    })
    expect(
      (await rest(`webhook-deliveries/${docs[0]!.id}/resend`, { method: 'POST' })).status,
    ).toBe(403)
    const resend = await rest(`webhook-deliveries/${docs[0]!.id}/resend`, {
      method: 'POST',
      token: adminToken,
    })
    expect(resend.status).toBe(202)
    await runJobsUntil(() => events().length === 2)
    expect(events()[1]!.event).toBe(events()[0]!.event)
    expect((await rest(`webhook-deliveries/${docs[0]!.id}`)).status).toBe(403)
  })

  it('are refused for private, loopback and link-local targets unless allowed', async () => {
    process.env.WEBHOOKS_ALLOW_PRIVATE_TARGETS = 'false'
    try {
      for (const webhookUrl of [
        'http://127.0.0.1:8080/hook',
        'http://localhost/hook',
        'http://169.254.169.254/latest/meta-data',
        'http://10.0.0.5/hook',
        'http://[::1]/hook',
        'http://intranet/hook',
        'ftp://example.com/hook',
        'https://user:pass@example.com/hook',
      ]) {
        const response = await rest('partners', {
          method: 'POST',
          token: adminToken,
          body: { name: 'Sisäverkko', webhookUrl },
        })
        expect(response.status, webhookUrl).toBe(400)
      }
      const ok = await rest('partners', {
        method: 'POST',
        token: adminToken,
        body: { name: 'Julkinen', webhookUrl: 'https://partner.example.com/hooks' },
      })
      expect(ok.status).toBe(201)
    } finally {
      process.env.WEBHOOKS_ALLOW_PRIVATE_TARGETS = 'true'
    }
    const addresses = [
      '127.0.0.1',
      '10.1.2.3',
      '192.168.1.1',
      '172.16.0.1',
      '169.254.169.254',
      '100.64.0.1',
      '::1',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '0.0.0.0',
    ]
    expect(addresses.filter(isPublicAddress)).toEqual([])
    expect(['193.166.0.1', '2001:4860:4860::8888'].every(isPublicAddress)).toBe(true)
  })

  it('are refused for IPv6 forms that carry an IPv4 address, when saved and when sent', async () => {
    const embedded = [
      '[::127.0.0.1]', // IPv4-compatible
      '[::ffff:127.0.0.1]', // IPv4-mapped
      '[::ffff:7f00:1]', // IPv4-mapped, in hex
      '[::ffff:0:127.0.0.1]', // IPv4-translated (SIIT)
      '[64:ff9b::127.0.0.1]', // NAT64, well-known prefix
      '[64:ff9b:1::7f00:1]', // NAT64, local-use prefix
      '[2002:7f00:1::1]', // 6to4 of 127.0.0.1
      '[2001:0:4136:e378:8000:63bf:80ff:fffe]', // Teredo, client 127.0.0.1
    ]
    // Targets saved before the check, or while it was off, are checked again when sent.
    const targets = await Promise.all(embedded.map(() => partnerWithReceiver()))
    for (const [index, { partner, receiver }] of targets.entries()) {
      const { port } = new URL(receiver.url)
      await payload.update({
        collection: 'partners',
        id: partner.id,
        data: { webhookUrl: `http://${embedded[index]}:${port}/hooks/arctic` },
      })
    }
    process.env.WEBHOOKS_ALLOW_PRIVATE_TARGETS = 'false'
    try {
      for (const host of embedded) {
        const webhookUrl = `http://${host}/hook`
        const response = await rest('partners', {
          method: 'POST',
          token: adminToken,
          body: { name: 'Upotettu IPv4', webhookUrl },
        })
        expect(response.status, webhookUrl).toBe(400)
      }

      await publishNews('Upotetut osoitteet', [tourism.id])
      const partnerIds = targets.map(({ partner }) => partner.id)
      const attempted = async () => {
        const { docs } = await payload.find({
          collection: 'webhook-deliveries',
          where: { partner: { in: partnerIds }, attempts: { greater_than: 0 } },
          pagination: false,
        })
        return docs
      }
      while ((await attempted()).length < embedded.length) await payload.jobs.run({ limit: 50 })
      for (const delivery of await attempted()) {
        expect(delivery.lastResponse).toMatch(/resolves to a non-public address/)
      }
      expect(targets.flatMap(({ receiver }) => receiver.received)).toEqual([])
    } finally {
      process.env.WEBHOOKS_ALLOW_PRIVATE_TARGETS = 'true'
    }
    expect(['::ffff:193.166.0.1', '2a00:1450:4010:c0e::64'].every(isPublicAddress)).toBe(true)
  })
})
