import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { flushPartnerUse } from '@/partners/usage'
import type { Cluster, News } from '@/payload-types'

import { graphql, login, rest } from '../helpers/api'
import { newsData } from '../helpers/news'
import { createPartner, keyHeader, rotateKey } from '../helpers/partners'
import { bootPayload } from '../helpers/payload'
import { createUser, testPassword } from '../helpers/users'

let payload: Payload
let adminToken: string
let tourism: Cluster
let design: Cluster

const cluster = (name: string, slug: string) =>
  payload.create({ collection: 'clusters', locale: 'fi', data: { name, slug, displayOrder: 1 } })

async function publish(title: string, clusters: number[], sv?: string) {
  const news = await payload.create({
    collection: 'news',
    locale: 'fi',
    data: newsData({ title, clusters, _status: 'published' }),
  })
  if (sv)
    await payload.update({
      collection: 'news',
      id: news.id,
      locale: 'sv',
      data: { title: sv, _status: 'published' },
    })
  return news
}

const titles = async (response: Response) =>
  ((await response.json()) as { docs: News[] }).docs.map((doc) => doc.title).sort()

beforeAll(async () => {
  payload = await bootPayload()
  const admin = await createUser(payload, 'admin')
  adminToken = await login(admin.email, testPassword)
  tourism = await cluster('Matkailu', 'tourism')
  design = await cluster('Muotoilu', 'design')
  await publish('Matkailu-uutinen', [tourism.id], 'Turistnyhet')
  await publish('Muotoilu-uutinen', [design.id], 'Designnyhet')
  await payload.create({
    collection: 'news',
    draft: true,
    locale: 'fi',
    data: newsData({ title: 'Matkailun luonnos', clusters: [tourism.id], _status: 'draft' }),
  })
})

afterAll(async () => {
  await payload.destroy()
})

describe('a partner key', () => {
  it('is shown once and never returned by a read, to anyone', async () => {
    const { partner, key } = await createPartner(payload, adminToken)
    expect(key).toMatch(/^ank_[\w-]{40,}$/)
    for (const token of [adminToken, undefined]) {
      const text = await (await rest(`partners/${partner.id}`, { token })).text()
      expect(text).not.toContain(key)
      expect(text).not.toContain('apiKeyHash')
    }
    const byGraphQL = await graphql(
      `
        {
          Partners {
            docs {
              id
              name
            }
          }
        }
      `,
      { token: adminToken },
    )
    expect(JSON.stringify(await byGraphQL.json())).not.toContain(key)
    const stored = await payload.findByID({
      collection: 'partners',
      id: partner.id,
      showHiddenFields: true,
    })
    expect(stored.apiKeyHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(stored)).not.toContain(key)
  })

  it('reads only its clusters, in its language by default, drafts never', async () => {
    const { key } = await createPartner(payload, adminToken, {
      scopeClusters: [tourism.id],
      scopeLocales: ['sv'],
    })
    const list = await rest('news', { headers: keyHeader(key) })
    expect(list.status).toBe(200)
    expect(await titles(list)).toEqual(['Turistnyhet'])

    const everyone = await titles(await rest('news?locale=sv'))
    expect(everyone).toEqual(['Designnyhet', 'Turistnyhet'])

    const other = await rest('news?locale=fi', { headers: keyHeader(key) })
    expect(other.status).toBe(403)
    expect((await other.json()).errors[0].message).toContain('sv')

    const byGraphQL = await graphql(
      `
        {
          allNews(locale: sv) {
            docs {
              title
            }
          }
        }
      `,
      {
        headers: keyHeader(key),
      },
    )
    const raw: unknown = await byGraphQL.json()
    const { data } = raw as { data: { allNews: { docs: News[] } } }
    expect(data.allNews.docs.map((doc) => doc.title)).toEqual(['Turistnyhet'])
  })

  it('with no scope reads what the public reads, and no private collection', async () => {
    const { key } = await createPartner(payload, adminToken)
    expect(await titles(await rest('news', { headers: keyHeader(key) }))).toEqual([
      'Matkailu-uutinen',
      'Muotoilu-uutinen',
    ])
    for (const path of [
      'users',
      'subscribers',
      'partners',
      'webhook-deliveries',
      'deliveries',
      'newsletters',
      'news/versions',
      'payload-locked-documents',
      'payload-preferences',
    ]) {
      const response = await rest(path, { headers: keyHeader(key) })
      expect(response.status, path).toBe(403)
    }
    const me = await (await rest('partners/me', { headers: keyHeader(key) })).text()
    expect(me).not.toMatch(/webhookSecret|apiKeyHash|whsec_/)
    const where = await rest(
      'news?where[clusters.name][exists]=true&where[_status][equals]=draft',
      {
        headers: keyHeader(key),
      },
    )
    expect((await where.json()).docs).toEqual([])
    const locks = await graphql('{ PayloadLockedDocuments { docs { id } } }', {
      headers: keyHeader(key),
    })
    expect(JSON.stringify(await locks.json())).toMatch(/not allowed|Forbidden|oikeutta/i)
    const users = await graphql(
      `
        {
          Users {
            docs {
              email
            }
          }
        }
      `,
      { headers: keyHeader(key) },
    )
    expect(JSON.stringify(await users.json())).not.toContain('@example.test')
  })

  it('cannot write anything', async () => {
    const { key } = await createPartner(payload, adminToken)
    const create = await rest('news', {
      method: 'POST',
      headers: keyHeader(key),
      body: { title: 'Kumppanin uutinen', _status: 'published' },
    })
    expect(create.status).toBe(403)
    const subscribe = await rest('partners', {
      method: 'POST',
      headers: keyHeader(key),
      body: { name: 'x' },
    })
    expect(subscribe.status).toBe(403)
  })

  it('that is unknown, revoked or malformed is refused with 401, not served as anonymous', async () => {
    const { partner, key } = await createPartner(payload, adminToken)
    for (const header of [
      'partners API-Key ank_not-a-real-key',
      'partners API-Key',
      'partners api-key  ',
    ]) {
      const response = await rest('news', { headers: { Authorization: header } })
      expect(response.status, header).toBe(401)
      expect((await response.json()).errors[0].message).toMatch(/API key/)
    }
    const revoke = await rest(`partners/${partner.id}/revoke-key`, {
      method: 'POST',
      token: adminToken,
    })
    expect(revoke.status).toBe(200)
    expect((await rest('news', { headers: keyHeader(key) })).status).toBe(401)
  })

  it('rotates without downtime: the old key works through the grace period, then not', async () => {
    const { partner, key: first } = await createPartner(payload, adminToken)
    const second = await rotateKey(adminToken, partner.id, 24)
    expect((await rest('news', { headers: keyHeader(first) })).status).toBe(200)
    expect((await rest('news', { headers: keyHeader(second) })).status).toBe(200)
    const third = await rotateKey(adminToken, partner.id, 0)
    expect((await rest('news', { headers: keyHeader(first) })).status).toBe(401)
    expect((await rest('news', { headers: keyHeader(second) })).status).toBe(401)
    expect((await rest('news', { headers: keyHeader(third) })).status).toBe(200)
    const badGrace = await rest(`partners/${partner.id}/rotate-key`, {
      method: 'POST',
      token: adminToken,
      body: { graceHours: 10_000 },
    })
    expect(badGrace.status).toBe(400)
  })

  it('stops working when its partner is deactivated', async () => {
    const { partner, key } = await createPartner(payload, adminToken)
    await rest(`partners/${partner.id}`, {
      method: 'PATCH',
      token: adminToken,
      body: { active: false },
    })
    expect((await rest('news', { headers: keyHeader(key) })).status).toBe(401)
  })

  it('is only issued by admins', async () => {
    const { partner } = await createPartner(payload, adminToken)
    const editor = await createUser(payload, 'editor')
    const editorToken = await login(editor.email, testPassword)
    for (const token of [editorToken, undefined]) {
      const response = await rest(`partners/${partner.id}/rotate-key`, { method: 'POST', token })
      expect(response.status).toBe(403)
    }
  })

  it('answers what the admin’s key fields then show: the prefix and when it was issued', async () => {
    const { partner } = await createPartner(payload, adminToken)
    const response = await rest(`partners/${partner.id}/rotate-key`, {
      method: 'POST',
      token: adminToken,
      body: {},
    })
    const body = await response.json()
    const saved = await payload.findByID({ collection: 'partners', id: partner.id })
    expect(body.prefix).toBe(saved.keyPrefix)
    expect(body.key.startsWith(body.prefix)).toBe(true)
    expect(new Date(body.issuedAt).toISOString()).toBe(new Date(saved.keyIssuedAt!).toISOString())
  })

  it('counts its requests and when it was last used', async () => {
    const { partner, key } = await createPartner(payload, adminToken)
    for (let i = 0; i < 3; i++) await rest('clusters', { headers: keyHeader(key) })
    await flushPartnerUse(payload)
    const used = await payload.findByID({ collection: 'partners', id: partner.id })
    expect(used.requestCount).toBe(3)
    expect(new Date(used.lastUsedAt!).getTime()).toBeGreaterThan(Date.now() - 60_000)
  })
})

describe('a partner with webhook deliveries', () => {
  const delivery = (partner: number) =>
    payload.create({
      collection: 'webhook-deliveries',
      data: {
        partner,
        eventId: crypto.randomUUID(),
        eventType: 'publish',
        targetCollection: 'news',
        documentId: 1,
        body: '{}',
        status: 'delivered',
      },
    })
  const deliveriesOf = async (partner: number) =>
    (
      await payload.count({
        collection: 'webhook-deliveries',
        where: { partner: { equals: partner } },
      })
    ).totalDocs

  it('is deleted with its deliveries; other partners keep theirs', async () => {
    const { partner } = await createPartner(payload, adminToken)
    const { partner: other } = await createPartner(payload, adminToken)
    await delivery(partner.id)
    await delivery(partner.id)
    await delivery(other.id)

    const deleted = await rest(`partners/${partner.id}`, { method: 'DELETE', token: adminToken })
    expect(deleted.status).toBe(200)
    expect(
      (await payload.count({ collection: 'partners', where: { id: { equals: partner.id } } }))
        .totalDocs,
    ).toBe(0)
    expect(await deliveriesOf(partner.id)).toBe(0)
    expect(await deliveriesOf(other.id)).toBe(1)
  })
})
