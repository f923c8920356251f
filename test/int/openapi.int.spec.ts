import { Validator } from '@seriousme/openapi-schema-validator'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { newToken } from '@/events/registrationTokens'
import { seed } from '@/seed'

import { rest } from '../helpers/api'
import { bootPayload } from '../helpers/payload'

/**
 * /api/openapi.json is a valid OpenAPI 3.1 document (a maintained validator says so), and the
 * app's real answers on the demo newsroom match the schemas it gives for them.
 */
type OpenApi = { paths: Record<string, Record<string, { responses: Record<string, object> }>> }

let payload: Payload
let document: OpenApi
let ajv: Ajv2020
let ids: Record<'news' | 'clusters' | 'experts' | 'contacts', number>
let events: { upcoming: number; past: number }
/** A registrant's link token, as their email carries it. */
let linkToken: string

const pointer = (...parts: string[]) =>
  parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')

/** Validates an answer against the schema the document gives for its path, method and status. */
function checkAgainstDocument(
  template: string,
  method: string,
  status: number,
  type: string,
  body: unknown,
) {
  const response = document.paths[template]?.[method]?.responses[String(status)]
  expect(response, `${method} ${template} ${status} is described`).toBeDefined()
  const validate = ajv.compile({
    $ref: `openapi#/${pointer('paths', template, method, 'responses', String(status), 'content', type, 'schema')}`,
  })
  const valid = validate(body)
  expect(validate.errors ?? [], `${method} ${template} ${status}`).toEqual([])
  expect(valid).toBe(true)
}

type Check = {
  template: string
  request: () => Promise<Response>
  status: number
  method?: 'get' | 'post'
  type?: string
}

const get = (path: string) => () => rest(path)
const post = (path: string, body: object) => () =>
  rest(path, { method: 'POST', body, headers: { 'Accept-Language': 'fi' } })

const asJson = { Accept: 'application/json', 'Accept-Language': 'fi' }
const link =
  (page: string, method: 'GET' | 'POST', token = linkToken) =>
  () =>
    rest(`event-registration/${page}?token=${encodeURIComponent(token)}`, {
      method,
      headers: asJson,
    })
const registrant = (email: string) => ({
  name: 'Maija Mäkelä',
  email,
  organisation: 'Testi Oy',
  locale: 'fi',
  consent: true,
})
const now = () => new Date().toISOString()

const checks = (): Check[] => [
  { template: '/news', request: get('news?locale=sv&limit=10'), status: 200 },
  { template: '/news', request: get('news?locale=fi&depth=0'), status: 200 },
  { template: '/news', request: get('news?locale=en&depth=2&sort=-publishedAt'), status: 200 },
  {
    template: '/news',
    request: get('news?locale=en&fallback-locale=none&select[title]=true&select[slug]=true'),
    status: 200,
  },
  {
    template: '/news',
    request: get('news?locale=fi&where[clusters.slug][equals]=arctic-design'),
    status: 200,
  },
  { template: '/news', request: get('news?locale=xx'), status: 400 },
  { template: '/news/{id}', request: get(`news/${ids.news}?locale=en`), status: 200 },
  { template: '/news/{id}', request: get('news/987654'), status: 404 },
  {
    template: '/events',
    request: get('events?locale=fi&where[_status][equals]=published&sort=startsAt'),
    status: 200,
  },
  {
    template: '/events',
    request: get(
      `events?locale=en&fallback-locale=none&where[_status][equals]=published&where[endsAt][greater_than]=${now()}&where[clusters.slug][equals]=smart-and-sustainable-arctic-tourism&sort=startsAt&depth=0`,
    ),
    status: 200,
  },
  { template: '/events', request: get('events?locale=sv&sort=-startsAt&depth=2'), status: 200 },
  { template: '/events/{id}', request: get(`events/${events.past}?locale=sv`), status: 200 },
  { template: '/events/{id}', request: get('events/987654'), status: 404 },
  {
    template: '/events/{id}/register',
    method: 'post',
    request: post(`events/${events.upcoming}/register`, registrant('openapi@example.fi')),
    status: 202,
  },
  {
    template: '/events/{id}/register',
    method: 'post',
    request: post(`events/${events.upcoming}/register`, { name: 'Maija' }),
    status: 400,
  },
  {
    template: '/events/{id}/register',
    method: 'post',
    request: post('events/987654/register', registrant('openapi@example.fi')),
    status: 404,
  },
  {
    template: '/events/{id}/register',
    method: 'post',
    request: post(`events/${events.past}/register`, registrant('openapi@example.fi')),
    status: 409,
  },
  // In the order a registrant uses them: confirm, then cancel.
  { template: '/event-registration/confirm', request: link('confirm', 'GET'), status: 200 },
  {
    template: '/event-registration/confirm',
    method: 'post',
    request: link('confirm', 'POST'),
    status: 200,
  },
  {
    template: '/event-registration/confirm',
    method: 'post',
    request: link('confirm', 'POST'),
    status: 410,
  },
  { template: '/event-registration/cancel', request: link('cancel', 'GET'), status: 200 },
  {
    template: '/event-registration/cancel',
    method: 'post',
    request: link('cancel', 'POST'),
    status: 200,
  },
  {
    template: '/event-registration/cancel',
    request: link('cancel', 'GET', 'forged'),
    status: 400,
  },
  { template: '/clusters', request: get('clusters?locale=en&limit=6'), status: 200 },
  { template: '/clusters/{id}', request: get(`clusters/${ids.clusters}?depth=2`), status: 200 },
  { template: '/experts', request: get('experts?locale=fi'), status: 200 },
  { template: '/experts/{id}', request: get(`experts/${ids.experts}?locale=sv`), status: 200 },
  { template: '/contacts', request: get('contacts?locale=fi'), status: 200 },
  { template: '/contacts/{id}', request: get(`contacts/${ids.contacts}`), status: 200 },
  { template: '/media', request: get('media'), status: 200 },
  { template: '/media/{id}', request: get('media/987654'), status: 404 },
  {
    template: '/feeds/{locale}/{file}',
    request: get('feeds/en/news.json'),
    status: 200,
    type: 'application/feed+json',
  },
  {
    template: '/feeds/{locale}/{file}',
    request: get('feeds/fi/events.json'),
    status: 200,
    type: 'application/feed+json',
  },
  {
    template: '/feeds/{locale}/{file}',
    request: get('feeds/sv/events.ics?cluster=smart-and-sustainable-arctic-tourism'),
    status: 200,
    type: 'text/calendar',
  },
  { template: '/feeds/{locale}/{file}', request: get('feeds/en/news.txt'), status: 404 },
  {
    template: '/feeds/{locale}/{file}',
    request: get('feeds/fi/events.json?cluster=ei-ole'),
    status: 404,
  },
  { template: '/search', request: get('search?q=kiertotalouden&locale=fi'), status: 200 },
  { template: '/search', request: get('search?q=klustret&locale=sv'), status: 200 },
  { template: '/search', request: get('search?q=x'), status: 400 },
  {
    template: '/match',
    request: get(
      `match?locale=fi&q=${encodeURIComponent('Matkailuyritys haluaa kehittää ympärivuotisia tuotteita')}&municipality=Rovaniemi&industry=79900`,
    ),
    status: 200,
  },
  {
    template: '/join',
    method: 'post',
    request: post('join', {
      company: 'Revontuli Safarit Oy',
      businessId: '0112038-9',
      municipality: 'Rovaniemi',
      clusters: ['smart-and-sustainable-arctic-tourism'],
      contact: { name: 'Aino Aurora', email: 'aino@revontuli.example' },
      consent: true,
    }),
    status: 202,
  },
  { template: '/join', method: 'post', request: post('join', {}), status: 400 },
  {
    template: '/newsletter/subscribe',
    method: 'post',
    request: post('newsletter/subscribe', {
      email: 'lukija@example.fi',
      locale: 'sv',
      clusters: ['arctic-design'],
      consent: true,
    }),
    status: 202,
  },
  {
    template: '/newsletter/subscribe',
    method: 'post',
    request: post('newsletter/subscribe', { email: 'lukija@example.fi' }),
    status: 400,
  },
]

beforeAll(async () => {
  payload = await bootPayload()
  await seed(payload)
  const first = async (collection: keyof typeof ids) =>
    (await payload.find({ collection, limit: 1, depth: 0 })).docs[0]!.id
  ids = {
    news: await first('news'),
    clusters: await first('clusters'),
    experts: await first('experts'),
    contacts: await first('contacts'),
  }
  const event = async (sort: string) =>
    (await payload.find({ collection: 'events', sort, limit: 1, depth: 0 })).docs[0]!.id
  events = { upcoming: await event('-startsAt'), past: await event('startsAt') }
  // A registration pending its confirmation, with the link its email would carry.
  const registered = await post(
    `events/${events.upcoming}/register`,
    registrant('linkki@example.fi'),
  )()
  expect(registered.status).toBe(202)
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { email: { equals: 'linkki@example.fi' } },
  })
  const { token, hash } = newToken(docs[0]!.id)
  await payload.update({ collection: 'registrations', id: docs[0]!.id, data: { tokenHash: hash } })
  linkToken = token
  const response = await rest('openapi.json')
  expect(response.status).toBe(200)
  document = await response.json()
  ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  ajv.addSchema(document, 'openapi')
})

afterAll(async () => {
  await payload.destroy()
})

describe('the OpenAPI description at /api/openapi.json', () => {
  it('is valid OpenAPI 3.1', async () => {
    const validator = new Validator()
    const result = await validator.validate(structuredClone(document) as Record<string, unknown>)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(validator.version).toBe('3.1')
  })

  it('describes the real answers of the demo newsroom', async () => {
    for (const { template, request, status, method = 'get', type } of checks()) {
      const response = await request()
      expect(response.status, template).toBe(status)
      const kind = type ?? 'application/json'
      const body = kind.includes('json') ? await response.json() : await response.text()
      expect(response.headers.get('content-type'), template).toContain(kind)
      checkAgainstDocument(template, method, status, kind, body)
    }
  })

  it('describes something: a wrong type and a missing field are refused', () => {
    const validate = ajv.compile({ $ref: 'openapi#/components/schemas/News' })
    expect(validate({ id: 1, title: 5 })).toBe(false)
    expect(validate({ title: 'no id' })).toBe(false)
    expect(
      ajv.validate({ $ref: 'openapi#/components/schemas/MatchResult' }, { clusters: [] }),
    ).toBe(false)
    expect(
      ajv.validate({ $ref: 'openapi#/components/schemas/Event' }, { id: 1, format: 'x' }),
    ).toBe(false)
    const feedItem = { id: 'a', url: 'https://x.fi/fi/events/a', title: 'A', language: 'fi' }
    const feed = (item: object) => ({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      items: [{ ...feedItem, date_published: '2026-12-02T10:00:00.000Z', ...item }],
    })
    const jsonFeed = { $ref: 'openapi#/components/schemas/JsonFeed' }
    expect(ajv.validate(jsonFeed, feed({}))).toBe(true)
    expect(ajv.validate(jsonFeed, feed({ _event: { startsAt: 'huomenna' } }))).toBe(false)
  })

  it('answers were checked for every path it describes', () => {
    const checked = new Set(checks().map(({ template }) => template))
    const described = Object.keys(document.paths).filter((path) => path !== '/openapi.json')
    expect(described.filter((path) => !checked.has(path))).toEqual([])
  })
})
