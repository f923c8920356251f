import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { appPool } from '@/platform/database/pool'

import { graphql, login, rest } from '../helpers/api'
import { newsData } from '../helpers/news'
import { createPartner, keyHeader } from '../helpers/partners'
import { bootPayload } from '../helpers/payload'
import { createUser, testPassword } from '../helpers/users'

let payload: Payload
let adminToken: string
let partnerKey: string
const partnerOrigin = 'https://klusteri.example.fi'

const sql = (text: string, values: unknown[] = []) => appPool(payload).query(text, values)

beforeAll(async () => {
  payload = await bootPayload()
  const admin = await createUser(payload, 'admin')
  adminToken = await login(admin.email, testPassword)
  for (let i = 1; i <= 101; i++) {
    await payload.create({
      collection: 'news',
      locale: 'fi',
      data: newsData({ title: `Uutinen ${i}`, _status: 'published' }),
    })
  }
  ;({ key: partnerKey } = await createPartner(payload, adminToken, {
    allowedOrigins: [partnerOrigin],
  }))
})

afterAll(async () => {
  await payload.destroy()
})

const firstTitle = async (response: Response) =>
  ((await response.json()) as { docs: { title: string }[] }).docs[0]!.title

describe('public reads', () => {
  it('carry an ETag and Cache-Control, and answer 304 to If-None-Match', async () => {
    const first = await rest('news?limit=5&sort=-createdAt')
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(first.headers.get('cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=300',
    )
    const again = await rest('news?limit=5&sort=-createdAt', { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(etag)
  })

  it('change as soon as the content changes, on this instance and on others', async () => {
    const path = 'news?limit=1&sort=-createdAt'
    const before = await rest(path)
    const { docs } = await payload.find({ collection: 'news', limit: 1, sort: '-createdAt' })
    await payload.update({
      collection: 'news',
      id: docs[0]!.id,
      locale: 'fi',
      data: { title: 'Muutettu' },
    })
    const after = await rest(path, { headers: { 'If-None-Match': before.headers.get('etag')! } })
    expect(after.status).toBe(200)
    expect(await firstTitle(after)).toBe('Muutettu')

    // Another instance's write: the row changes behind this instance's back, then the NOTIFY.
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(await firstTitle(await rest(path))).toBe('Muutettu')
    await sql(`UPDATE news_locales SET title = 'Toisesta instanssista' WHERE _parent_id = $1`, [
      docs[0]!.id,
    ])
    expect(await firstTitle(await rest(path))).toBe('Muutettu')
    const other = new pg.Client({ connectionString: process.env.DATABASE_URI })
    await other.connect()
    await other.query(`SELECT pg_notify('arctic_content_changed', '')`)
    await other.end()
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(await firstTitle(await rest(path))).toBe('Toisesta instanssista')
  })

  it('are private to a partner, and never cached for a signed-in editor', async () => {
    const partner = await rest('news?limit=2', { headers: keyHeader(partnerKey) })
    expect(partner.headers.get('cache-control')).toMatch(/^private, max-age=60/)
    expect(partner.headers.get('vary')).toContain('Authorization')
    const staff = await rest('news?limit=2', { token: adminToken })
    expect(staff.headers.get('cache-control')).toBe('private, no-store')
    expect(staff.headers.get('etag')).toBeNull()
  })

  it('in GraphQL are cached for queries, never for mutations', async () => {
    const query = '{ allNews(limit: 2) { docs { title } } }'
    const first = await graphql(query)
    expect(first.headers.get('etag')).toBeTruthy()
    expect(
      (await graphql(query, { headers: { 'If-None-Match': first.headers.get('etag')! } })).status,
    ).toBe(304)
    const mutation = await graphql('mutation { createNews(data: { title: "x" }) { id } }')
    expect(mutation.headers.get('etag')).toBeNull()
    expect(JSON.stringify(await mutation.json())).toMatch(/not allowed|Forbidden/i)
  })

  it('cost the same number of SQL statements for a page of 1 and of 100', async () => {
    const counts: number[] = []
    const query = pg.Client.prototype.query
    let count = 0
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      count += 1
      return (query as (...a: unknown[]) => unknown).apply(this, args)
    } as typeof query
    // The first request of a process also opens its change listener.
    await rest('news?limit=1&locale=sv')
    try {
      for (const limit of [1, 10, 100]) {
        count = 0
        const response = await rest(`news?limit=${limit}&depth=1&locale=fi&sort=title`)
        expect(((await response.json()) as { docs: unknown[] }).docs).toHaveLength(limit)
        counts.push(count)
      }
    } finally {
      pg.Client.prototype.query = query
    }
    console.info(`SQL statements per REST list request, page size 1/10/100: ${counts.join('/')}`)
    expect(counts[0]).toBeGreaterThan(0)
    expect(new Set(counts).size, `statements per page size 1/10/100: ${counts}`).toBe(1)
  })
})

describe('CORS', () => {
  const preflight = (origin: string) =>
    rest('news', {
      method: 'OPTIONS' as 'GET',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    })

  it('lets any site read without credentials, and only partners’ sites send keys', async () => {
    const anywhere = await rest('news?limit=1', { headers: { Origin: 'https://example.org' } })
    expect(anywhere.headers.get('access-control-allow-origin')).toBe('*')
    expect(anywhere.headers.get('access-control-allow-credentials')).toBeNull()

    const foreign = await preflight('https://evil.example')
    expect(foreign.headers.get('access-control-allow-headers')).not.toMatch(/authorization/i)

    const partner = await preflight(partnerOrigin)
    expect(partner.headers.get('access-control-allow-origin')).toBe(partnerOrigin)
    expect(partner.headers.get('access-control-allow-credentials')).toBe('true')
    expect(partner.headers.get('access-control-allow-headers')).toMatch(/Authorization/)
    expect(partner.headers.get('vary')).toContain('Origin')
  })
})

describe('limits', () => {
  it('answer 429 with Retry-After per client address and per partner key', async () => {
    const { key } = await createPartner(payload, adminToken)
    process.env.API_RATE_LIMIT_PER_MINUTE = '3'
    process.env.PARTNER_RATE_LIMIT_PER_MINUTE = '2'
    try {
      const from = (address: string) => ({ 'X-Forwarded-For': address })
      for (let i = 0; i < 3; i++) {
        expect((await rest('clusters', { headers: from('203.0.113.9') })).status).toBe(200)
      }
      const limited = await rest('clusters', { headers: from('203.0.113.9') })
      expect(limited.status).toBe(429)
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
      expect((await limited.json()).errors[0].message).toMatch(/Too many requests/)
      expect((await rest('clusters', { headers: from('203.0.113.10') })).status).toBe(200)

      const statuses = []
      for (let i = 0; i < 3; i++)
        statuses.push((await rest('clusters', { headers: keyHeader(key) })).status)
      expect(statuses).toEqual([200, 200, 429])
    } finally {
      process.env.API_RATE_LIMIT_PER_MINUTE = '100000'
      delete process.env.PARTNER_RATE_LIMIT_PER_MINUTE
    }
  })

  it('refuse GraphQL queries nested too deep or too complex, with a reason', async () => {
    const deep = await graphql(
      '{ allNews { docs { clusters { coordinator { photo { sizes { card { url } } } } } } } }',
    )
    expect(deep.status).toBe(200)
    const tooDeep = await graphql(
      '{ allNews { docs { clusters { coordinator { photo { sizes { card { url } } } } } clusters { contacts { expert { photo { sizes { card { url } } } } } } } } }',
    )
    expect(tooDeep.status).toBe(400)
    expect(JSON.stringify(await tooDeep.json())).toMatch(/more than 7 levels deep/)
    const introspection = await graphql(
      '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }',
    )
    expect(introspection.status).toBe(200)

    const aliases = Array.from({ length: 11 }, (_, i) => `a${i}: allNews(limit: 1) { docs { id } }`)
    const tooMany = await graphql(`{ ${aliases.join(' ')} }`)
    expect(tooMany.status).toBe(400)
    expect(JSON.stringify(await tooMany.json())).toMatch(/at most 10 top-level fields/)

    const titles = Array.from({ length: 700 }, (_, i) => `t${i}: title`)
    const tooComplex = await graphql(`{ allNews(limit: 1) { docs { ${titles.join(' ')} } } }`)
    expect(tooComplex.status).toBe(400)
    expect(JSON.stringify(await tooComplex.json())).toMatch(/complexity/i)
  })
})
