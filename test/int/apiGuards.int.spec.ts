import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { graphql, rest } from '../helpers/api'
import { newsData } from '../helpers/news'
import { bootPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await bootPayload()
  await payload.create({
    collection: 'news',
    locale: 'fi',
    data: newsData({ title: 'Rajat', _status: 'published' }),
  })
})

afterAll(async () => {
  await payload.destroy()
})

async function expectClientError(response: Response, status: number, reason: RegExp) {
  expect(response.status).toBe(status)
  const body = await response.json()
  expect(body.errors[0].message).toMatch(reason)
}

describe('locales', () => {
  it('an unknown locale is a 400 naming the allowed ones, not a silent Finnish answer', async () => {
    await expectClientError(await rest('news?locale=xx'), 400, /"xx".*fi, sv, en, all/)
    await expectClientError(await rest('news/1?locale=de'), 400, /"de"/)
    await expectClientError(await rest('news?locale=en&fallback-locale=xx'), 400, /fallback/)
  })

  it('the reason is in the client’s language', async () => {
    const swedish = await rest('news?locale=xx', {
      headers: { 'Accept-Language': 'sv-FI,sv;q=0.9' },
    })
    await expectClientError(swedish, 400, /Okänt språk/)
    const finnish = await rest('news?locale=xx', { headers: { 'Accept-Language': 'fi' } })
    await expectClientError(finnish, 400, /Tuntematon kieli/)
  })

  it('GraphQL refuses an unknown locale as argument or in the address with 400', async () => {
    await expectGraphQLError(await graphql('{ allNews(locale: xx) { docs { title } } }'), /xx/)
    const inAddress = await graphql('{ allNews { docs { title } } }', { search: '?locale=xx' })
    await expectClientError(inAddress, 400, /"xx"/)
  })
})

/** A query refused before it ran (validation): 400, the reason among the errors, no data. */
async function expectGraphQLError(response: Response, reason: RegExp) {
  expect(response.status).toBe(400)
  const body = await response.json()
  expect(JSON.stringify(body.errors)).toMatch(reason)
  expect(body).not.toHaveProperty('data')
}

/**
 * A query refused as it ran: GraphQL answers 200 (GraphQL-over-HTTP, the query was executed),
 * with no news and the field's error a 400 that gives the reason, as REST would.
 */
async function expectFieldRefused(response: Response, reason: RegExp) {
  expect(response.status).toBe(200)
  const body = await response.json()
  expect(body.data).toEqual({ allNews: null })
  expect(body.errors).toEqual([
    expect.objectContaining({
      message: expect.stringMatching(reason),
      path: ['allNews'],
      extensions: expect.objectContaining({ statusCode: 400 }),
    }),
  ])
}

describe('limits', () => {
  it('depth defaults to 1 and stops at the maximum', async () => {
    await expectClientError(await rest('news?depth=99999'), 400, /depth.*0.*3/)
    await expectClientError(await rest('news?depth=-1'), 400, /depth/)
    expect((await rest('news?depth=3')).status).toBe(200)
  })

  it('pages are at most 100 documents, and never "everything" for anonymous readers', async () => {
    for (const query of ['limit=101', 'limit=0', 'pagination=false', 'limit=100000']) {
      await expectClientError(await rest(`news?${query}`), 400, /limit.*100/)
    }
    expect((await rest('news?limit=100')).status).toBe(200)
    expect((await rest('news?pagination=false&limit=10')).status).toBe(200)
    for (const query of [
      '{ allNews(limit: 1000) { docs { title } } }',
      '{ allNews(pagination: false) { docs { title } } }',
    ]) {
      await expectFieldRefused(await graphql(query), /limit must be a whole number from 1 to 100/)
    }
  })

  it('a body over the limit is refused with 413 before it is read whole', async () => {
    const huge = JSON.stringify({ title: 'x'.repeat(2 * 1024 * 1024) })
    await expectClientError(
      await rest('news', {
        method: 'POST',
        body: huge,
        headers: { 'Content-Type': 'application/json' },
      }),
      413,
      /bytes/,
    )

    const streamed = new ReadableStream({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode('x'.repeat(64 * 1024)))
      },
    })
    const request = new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      body: streamed,
      headers: { 'Content-Type': 'application/json' },
      duplex: 'half',
    } as RequestInit)
    const { POST } = await import('@/app/(payload)/api/graphql/route')
    await expectClientError(await POST(request, undefined), 413, /bytes/)
  })
})

describe('malformed input answers 4xx, never 5xx', () => {
  it('malformed JSON bodies, REST and GraphQL', async () => {
    const headers = { 'Content-Type': 'application/json' }
    await expectClientError(
      await rest('news', { method: 'POST', body: '{"title":', headers }),
      400,
      /JSON/,
    )
    await expectClientError(
      await rest('users/login', { method: 'POST', body: '{oops', headers }),
      400,
      /JSON/,
    )
    const graphqlRoute = await import('@/app/(payload)/api/graphql/route')
    const request = new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      body: '{',
      headers,
    })
    await expectClientError(await graphqlRoute.POST(request, undefined), 400, /JSON/)
  })

  it('odd where-clauses', async () => {
    for (const query of [
      'where=not-json',
      'where=[1,2]',
      'where[nosuchfield][equals]=1',
      'where[title][nosuchoperator]=1',
      'where[publishedAt][greater_than]=not-a-date',
      'where[or][0][title][like]=%25',
      'where[id][in]=a,b',
      'where[id][equals]=abc',
      'where[clusters][in]=x',
      'where[publishedAt][equals]=zzz',
      'where[title][near]=1,2',
      'where[or][0][title][within]=x',
      `where=${encodeURIComponent('{"title":{"intersects":"x"}}')}`,
      'sort=-nosuchfield',
      'depth=abc',
      'page=-5',
    ]) {
      const response = await rest(`news?${query}`)
      expect(response.status, query).toBeLessThan(500)
    }
  })

  it('a value of the wrong type says so', async () => {
    await expectClientError(await rest('news?where[id][in]=a,b'), 400, /value/)
  })

  it('an id that is no id', async () => {
    expect((await rest('news/abc')).status).toBeLessThan(500)
    expect((await rest('news/99999999999999999999')).status).toBeLessThan(500)
  })

  it('GraphQL syntax errors and unknown fields', async () => {
    expect((await graphql('{ allNews { ')).status).toBe(400)
    expect((await graphql('{ allNews { docs { password } } }')).status).toBe(400)
  })
})
