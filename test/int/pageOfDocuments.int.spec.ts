/**
 * The public list path that takes documents from the document cache (src/api/pageOfDocuments.ts)
 * answers, byte for byte, what Payload's own REST handler answers: for a generated set of
 * queries (languages, fallbacks, depths, filters, sorts, pages, select), anonymously and with
 * partner keys of every scope, cold and from the cache. The same for GraphQL lists
 * (src/api/graphqlPageOfDocuments.ts) against Payload's own GraphQL handler.
 */
import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { identifyCaller, type Caller } from '@/api/caller'
import { graphqlStatus } from '@/api/graphqlStatus'
import { pageOfDocuments } from '@/api/pageOfDocuments'
import { idAlias } from '@/api/plainGraphQLList'
import { listenForContentChanges } from '@/cache/contentChanges'
import config from '@payload-config'

import { login } from '../helpers/api'
import { lexicalBody, newsData } from '../helpers/news'
import { createPartner, keyHeader } from '../helpers/partners'
import { bootPayload } from '../helpers/payload'
import { createUser, testPassword } from '../helpers/users'

const origin = 'http://localhost:3000'
const restGet = REST_GET(config)
/** Payload's GraphQL handler, as the guard hands requests to it. */
const graphqlAnswer = graphqlStatus(GRAPHQL_POST(config))

let payload: Payload
const callerNames = ['anonymous', 'partner', 'partner of one cluster', 'partner of Swedish']
const keyHeaders = new Map<string, Record<string, string>>([['anonymous', {}]])
const slugs: string[] = []

/** Payload's REST handler on its own, as the guard hands requests to it. */
const payloadAnswer = (request: Request) => {
  const slug = new URL(request.url).pathname.replace(/^\/api\//, '').split('/')
  return restGet(request, { params: Promise.resolve({ slug }) })
}

async function publishedNews(n: number, clusters: number[], languages: ('sv' | 'en')[]) {
  // Two items share each date, so a sort by date has ties for Payload to break.
  const publishedAt = new Date(Date.UTC(2026, 0, 1 + Math.floor(n / 2))).toISOString()
  const item = await payload.create({
    collection: 'news',
    locale: 'fi',
    data: newsData({
      title: `Uutinen ${n}`,
      summary: n % 3 ? `Tiivistelmä ${n}` : undefined,
      body: lexicalBody(`Teksti ${n}`),
      clusters,
      publishedAt,
      _status: 'published',
    }),
  })
  slugs.push(item.slug!)
  for (const locale of languages) {
    // Every fourth translation copies the Finnish title, as "Start from Finnish" does.
    const title = n % 4 === 0 ? `Uutinen ${n}` : `${locale} nyhet ${n}`
    await payload.update({
      collection: 'news',
      id: item.id,
      locale,
      data: { title, body: lexicalBody(`${locale} ${n}`), _status: 'published' },
    })
  }
}

beforeAll(async () => {
  payload = await bootPayload()
  const cluster = (name: string, slug: string) =>
    payload.create({ collection: 'clusters', locale: 'fi', data: { name, slug, displayOrder: 1 } })
  const tourism = await cluster('Matkailu', 'tourism')
  const design = await cluster('Muotoilu', 'design')
  await payload.update({
    collection: 'clusters',
    id: design.id,
    locale: 'sv',
    data: { name: 'Design' },
  })
  const expert = await payload.create({
    collection: 'experts',
    locale: 'fi',
    // The slug comes from the name (its hook); the generated type asks for it.
    data: { name: 'Aino Asiantuntija', clusters: [tourism.id] } as never,
  })
  await payload.create({
    collection: 'contacts',
    locale: 'fi',
    data: { kind: 'person', name: 'Kalle Kontakti', expert: expert.id, clusters: [design.id] },
  })
  const languages: ('sv' | 'en')[][] = [[], ['sv'], ['sv', 'en'], ['en']]
  for (let n = 0; n < 12; n++) {
    const clusters = n % 3 === 0 ? [tourism.id, design.id] : [n % 2 ? tourism.id : design.id]
    await publishedNews(n, clusters, languages[n % 4]!)
  }
  await payload.create({
    collection: 'news',
    draft: true,
    locale: 'fi',
    data: newsData({ title: 'Luonnos', clusters: [tourism.id], _status: 'draft' }),
  })
  const admin = await createUser(payload, 'admin')
  const adminToken = await login(admin.email, testPassword)
  const partners: [string, Record<string, unknown>][] = [
    ['partner', {}],
    ['partner of one cluster', { scopeClusters: [tourism.id] }],
    ['partner of Swedish', { scopeLocales: ['sv'] }],
  ]
  for (const [name, scope] of partners) {
    const { key } = await createPartner(payload, adminToken, scope)
    keyHeaders.set(name, keyHeader(key))
  }
  // Without the change listener nothing is cached, and the fast path would never be taken.
  expect(await listenForContentChanges()).toBe(true)
})

afterAll(async () => {
  await payload.destroy()
})

/** Park and Miller's generator: every run tries the same queries. */
function randomSequence(seed: number) {
  let state = seed
  return <T>(choices: T[]): T => {
    state = (state * 48_271) % (2 ** 31 - 1)
    return choices[state % choices.length]!
  }
}

function generatedNewsQueries(count: number): string[] {
  const pick = randomSequence(15)
  const queries = new Set<string>()
  while (queries.size < count) {
    const where = pick([
      '',
      `where[slug][equals]=${pick(slugs)}`,
      `where[slug][equals]=sv-nyhet-${pick([1, 2, 5])}`,
      '',
      'where[clusters.slug][equals]=tourism',
      'where[clusters][in]=1,2',
      'where[publishedAt][greater_than]=2026-01-03T00:00:00.000Z',
      'where[title][like]=nyhet',
      'where[or][0][slug][equals]=none&where[or][1][title][contains]=1',
    ])
    const parts = [
      pick(['', 'locale=fi', 'locale=sv', 'locale=en', 'locale=all']),
      pick(['', '', 'fallback-locale=none', 'fallback-locale=fi']),
      pick(['', '', 'depth=0', 'depth=2']),
      where,
      pick(['', '', 'sort=title', 'sort=-publishedAt', 'sort=publishedAt', 'sort=slug']),
      pick(['', '', 'limit=3', 'limit=3&page=2', 'limit=5&page=3', 'page=9', 'limit=100']),
      pick(['', '', '', '', 'select[title]=true&select[slug]=true']),
    ]
    queries.add(`news?${parts.filter(Boolean).join('&')}`)
  }
  return [...queries]
}

const queries = [
  'news',
  'news?locale=sv&limit=10&depth=1',
  `news?locale=sv&limit=10&depth=1&uncached=1`,
  'news?locale=en&page=2&limit=4&fallback-locale=none',
  'news?limit=0',
  'news?limit=101',
  'news?page=0',
  'news?locale=sv&where[slug][equals]=nothing-by-this-name',
  ...generatedNewsQueries(80),
  'clusters?locale=sv',
  'clusters?locale=all&depth=0',
  'experts?locale=en&fallback-locale=none',
  'contacts?depth=2&sort=name',
  'media',
  'news?where[_status][equals]=draft&draft=true',
  'news?locale=xx',
]

const headersOf = (response: Response) => Object.fromEntries(response.headers.entries())

/** Each request the fast path handed to Payload, and the answer's status and body. */
async function throughPageOfDocuments(request: Request, caller: Caller, handle = payloadAnswer) {
  const asked: Request[] = []
  const response = await pageOfDocuments(request, caller, payload, (inner) => {
    asked.push(inner.clone())
    return handle(inner)
  })
  return {
    status: response.status,
    headers: headersOf(response),
    body: await response.text(),
    asked: asked.map((inner) => new URL(inner.url)),
    askedBodies: await Promise.all(asked.map((inner) => inner.text())),
  }
}

describe('a public list from the document cache', () => {
  it.each(callerNames)('answers as Payload does, byte for byte: %s', async (name) => {
    const headers = keyHeaders.get(name)!
    const caller = await identifyCaller(new Headers(headers), payload)
    expect(caller.kind === 'anonymous' || caller.kind === 'partner').toBe(true)
    const served = { byPayload: 0, choosingOnly: 0, withoutPayload: 0 }
    for (const query of queries) {
      const request = () => new Request(`${origin}/api/${query}`, { headers })
      const plain = await payloadAnswer(request())
      const expected = { status: plain.status, headers: headersOf(plain), body: await plain.text() }
      const cold = await throughPageOfDocuments(request(), caller)
      const warm = await throughPageOfDocuments(request(), caller)
      for (const { status, headers, body } of [cold, warm]) {
        expect({ query, status, headers, body }).toEqual({ query, ...expected })
      }
      // From the cache, Payload is asked only which documents (select[id]), or not at all.
      const idsOnly = warm.asked.every((url) => url.searchParams.get('select[id]') === 'true')
      if (!warm.asked.length) served.withoutPayload += 1
      else if (warm.asked.length === 1 && idsOnly) served.choosingOnly += 1
      else served.byPayload += 1
      if (expected.status === 200 && !query.includes('select') && !query.includes('draft')) {
        expect({ query, asked: warm.asked.length <= 1 && idsOnly }).toEqual({ query, asked: true })
      }
    }
    // Each way is taken; the scoped partners' plain lists are Payload's to choose.
    expect(served.choosingOnly + served.withoutPayload).toBeGreaterThan(queries.length / 4)
    expect(served.byPayload).toBeGreaterThan(0)
    if (name === 'anonymous' || name === 'partner') expect(served.withoutPayload).toBeGreaterThan(5)
  })
})

function generatedGraphQLQueries(count: number): string[] {
  const pick = randomSequence(8)
  const queries = new Set<string>()
  while (queries.size < count) {
    const args = [
      pick(['', 'locale: fi', 'locale: sv', 'locale: en', 'locale: all']),
      pick(['', '', 'fallbackLocale: none', 'fallbackLocale: fi']),
      pick(['', '', 'limit: 3', 'limit: 3, page: 2', 'limit: 5, page: 3', 'page: 9', 'limit: 100']),
      pick(['', '', '', '', 'sort: "title"', 'where: { title: { like: "nyhet" } }', 'draft: true']),
    ].filter(Boolean)
    const docs = pick([
      'id title',
      'title slug publishedAt',
      'id title summary slug publishedAt clusters { id name }',
      'slug body externalLinks { url label } experts { name }',
      'heroImage { id } contacts { name } title',
    ])
    const page = pick([
      '',
      '',
      'totalDocs',
      'hasNextPage nextPage page totalPages',
      'count: totalDocs limit',
    ])
    const list = pick(['allNews', 'allNews', 'news: allNews'])
    const docsField = pick(['docs', 'docs', 'items: docs'])
    const argsText = args.length ? `(${args.join(', ')})` : ''
    queries.add(`{ ${list}${argsText} { ${page} ${docsField} { ${docs} } } }`)
  }
  return [...queries]
}

const graphqlQueries: { query: string; search?: string; body?: Record<string, unknown> }[] = [
  {
    query:
      '{ allNews(locale: sv, limit: 10) { docs { id title summary slug publishedAt clusters { id name } } } }',
  },
  { query: '{ allNews(locale: sv, limit: 10) { docs { id title } } }', search: '?uncached=1' },
  { query: '{ allNews(locale: sv) { docs { id title } } }', search: '?locale=fi' },
  { query: '{ allNews(locale: sv) { docs { id title } } }', body: { locale: 'en' } },
  {
    query: 'query List { allNews(locale: en) { offset docs { id } } }',
    body: { operationName: 'List' },
  },
  {
    query: 'query List($l: LocaleInputType) { allNews(locale: $l) { docs { id } } }',
    body: { variables: { l: 'sv' } },
  },
  { query: '{ allNews(locale: sv) { docs { ...f } } } fragment f on News { id title }' },
  { query: '{ allNews(locale: sv, limit: 0) { docs { id } } }' },
  { query: '{ allNews(locale: sv, limit: 1000) { docs { id } } }' },
  { query: '{ allNews(locale: sv) { docs { id arcticPageId: title } } }' },
  { query: '{ allNews(locale: sv) { docs { id nothing } } }' },
  { query: '{ allNews(locale: sv) { docs { id } totalDocs @skip(if: true) } }' },
  {
    query:
      '{ allNews(locale: sv, draft: true, where: { _status: { equals: draft } }) { docs { id } } }',
  },
  ...generatedGraphQLQueries(40).map((query) => ({ query })),
]

describe('a GraphQL news list from the document cache', () => {
  it.each(callerNames)('answers as Payload does, byte for byte: %s', async (name) => {
    const caller = await identifyCaller(new Headers(keyHeaders.get(name)), payload)
    let withoutPayload = 0
    for (const { query, search = '', body } of graphqlQueries) {
      const request = () =>
        new Request(`${origin}/api/graphql${search}`, {
          method: 'POST',
          headers: { ...keyHeaders.get(name), 'Content-Type': 'application/json' },
          body: JSON.stringify({ query, ...body }),
        })
      const plain = await graphqlAnswer(request())
      const expected = { status: plain.status, headers: headersOf(plain), body: await plain.text() }
      const cold = await throughPageOfDocuments(request(), caller, graphqlAnswer)
      const warm = await throughPageOfDocuments(request(), caller, graphqlAnswer)
      for (const { status, headers, body } of [cold, warm]) {
        expect({ query, search, status, headers, body }).toEqual({ query, search, ...expected })
      }
      // Payload rendered the documents by id, once: the next answer needs no Payload at all.
      const byIds = cold.askedBodies.length === 1 && cold.askedBodies[0]!.includes(`${idAlias}: id`)
      const warmAsked = byIds ? 0 : cold.asked.length
      expect({ query, warm: warm.asked.length }).toEqual({ query, warm: warmAsked })
      if (!warm.asked.length) withoutPayload += 1
    }
    // The cluster-scoped partner's lists are Payload's to choose.
    if (name === 'partner of one cluster') expect(withoutPayload).toBe(0)
    else expect(withoutPayload).toBeGreaterThan(name === 'partner of Swedish' ? 3 : 15)
  })
})

describe('a change to a cached document', () => {
  it('is in the next answer', async () => {
    const caller = await identifyCaller(new Headers(), payload)
    const { docs } = await payload.find({
      collection: 'news',
      where: { slug: { equals: slugs[1] } },
    })
    const url = `${origin}/api/news?locale=sv&where[id][equals]=${docs[0]!.id}`
    const before = await throughPageOfDocuments(new Request(url), caller)
    expect(before.body).toContain('sv nyhet 1')
    await payload.update({
      collection: 'news',
      id: docs[0]!.id,
      locale: 'sv',
      data: { title: 'sv nyhet 1, rättad', _status: 'published' },
    })
    const after = await throughPageOfDocuments(new Request(url), caller)
    expect(after.body).toContain('sv nyhet 1, rättad')
    expect(after.body).toBe(await (await payloadAnswer(new Request(url))).text())
  })
})
