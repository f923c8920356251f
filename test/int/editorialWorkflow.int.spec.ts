import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Cluster, News, User } from '@/payload-types'

import { graphql, login, rest } from '../helpers/api'
import { newsData } from '../helpers/news'
import { bootPayload } from '../helpers/payload'
import { createUser, testPassword } from '../helpers/users'

let payload: Payload
let tourism: Cluster
let design: Cluster
const tokens: Record<'admin' | 'editor' | 'clusterEditor' | 'translator', string> = {
  admin: '',
  editor: '',
  clusterEditor: '',
  translator: '',
}

beforeAll(async () => {
  payload = await bootPayload()
  const cluster = (name: string, slug: string) =>
    payload.create({ collection: 'clusters', locale: 'fi', data: { name, slug, displayOrder: 1 } })
  tourism = await cluster('Matkailu', 'tourism')
  design = await cluster('Muotoilu', 'design')
  for (const role of Object.keys(tokens) as (keyof typeof tokens)[]) {
    const user = await createUser(payload, role)
    if (role === 'clusterEditor') {
      await payload.update({ collection: 'users', id: user.id, data: { clusters: [tourism.id] } })
    }
    tokens[role] = await login(user.email, testPassword)
  }
})

afterAll(async () => {
  await payload.destroy()
})

const draftNews = (title: string, clusters: number[]) =>
  payload.create({
    collection: 'news',
    locale: 'fi',
    draft: true,
    data: newsData({ title, clusters, _status: 'draft' }),
  })

const status = async (id: number) => {
  const doc = await payload.findByID({ collection: 'news', id, draft: true, depth: 0 })
  return [doc.translationFi, doc.translationSv, doc.translationEn]
}

const visibleIn = async (id: number, locale: string) =>
  (await rest(`news/${id}?locale=${locale}&fallback-locale=none`)).status === 200

describe('per-language publishing', () => {
  it('publishes and unpublishes each language on its own, over REST, GraphQL and feeds', async () => {
    const news = await draftNews('Kielet erikseen', [tourism.id])
    const publish = (locale: string, status: string, title?: string) =>
      rest(`news/${news.id}?locale=${locale}`, {
        method: 'PATCH',
        token: tokens.editor,
        body: { ...(title ? { title } : {}), _status: status },
      })
    expect((await publish('sv', 'published', 'Språk för sig')).status).toBe(200)
    expect([
      await visibleIn(news.id, 'fi'),
      await visibleIn(news.id, 'sv'),
      await visibleIn(news.id, 'en'),
    ]).toEqual([false, true, false])
    const swedish = await (await graphql('{ allNews(locale: sv) { docs { title } } }')).json()
    expect(swedish.data.allNews.docs.map((doc: News) => doc.title)).toContain('Språk för sig')
    const finnish = await (await graphql('{ allNews(locale: fi) { docs { title } } }')).json()
    expect(JSON.stringify(finnish)).not.toContain('Kielet erikseen')
    expect(await (await rest('feeds/sv/news.rss')).text()).toContain('Språk för sig')
    expect(await (await rest('feeds/fi/news.rss')).text()).not.toContain('Kielet erikseen')

    expect((await publish('fi', 'published')).status).toBe(200)
    expect((await publish('sv', 'draft')).status).toBe(200)
    expect([await visibleIn(news.id, 'fi'), await visibleIn(news.id, 'sv')]).toEqual([true, false])
  })

  it('publishes a language at the scheduled time, and not before', async () => {
    const news = await draftNews('Ajastettu', [tourism.id])
    await payload.update({
      collection: 'news',
      id: news.id,
      locale: 'sv',
      draft: true,
      data: { title: 'Schemalagd' },
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', locale: 'sv', doc: { relationTo: 'news', value: news.id } },
      waitUntil: new Date(Date.now() + 1_500),
    })
    await payload.jobs.run()
    expect(await visibleIn(news.id, 'sv')).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 1_600))
    await payload.jobs.run()
    expect(await visibleIn(news.id, 'sv')).toBe(true)
    expect(await visibleIn(news.id, 'fi')).toBe(false)
  })
})

describe('translation status', () => {
  it('is missing, draft, published or stale per language, in the API and as a list filter', async () => {
    const news = await draftNews('Tila', [tourism.id])
    expect(await status(news.id)).toEqual(['draft', 'missing', 'missing'])
    await payload.update({
      collection: 'news',
      id: news.id,
      locale: 'fi',
      data: { _status: 'published' },
    })
    await payload.update({
      collection: 'news',
      id: news.id,
      locale: 'sv',
      draft: true,
      data: { title: 'Status' },
    })
    expect(await status(news.id)).toEqual(['published', 'draft', 'missing'])
    await payload.update({
      collection: 'news',
      id: news.id,
      locale: 'sv',
      data: { _status: 'published' },
    })
    expect(await status(news.id)).toEqual(['published', 'published', 'missing'])

    await new Promise((resolve) => setTimeout(resolve, 10))
    await payload.update({
      collection: 'news',
      id: news.id,
      locale: 'fi',
      data: { title: 'Tila muuttui', _status: 'published' },
    })
    expect(await status(news.id)).toEqual(['published', 'stale', 'missing'])

    const needsSwedish = await rest(
      'news?where[translationSv][in]=missing,stale&draft=true&limit=100',
      {
        token: tokens.editor,
      },
    )
    expect((await needsSwedish.json()).docs.map((doc: News) => doc.id)).toContain(news.id)

    await payload.update({
      collection: 'news',
      id: news.id,
      locale: 'sv',
      data: { title: 'Status ändrad', _status: 'published' },
    })
    expect(await status(news.id)).toEqual(['published', 'published', 'missing'])
    expect((await (await rest(`news/${news.id}?locale=sv`)).json()).translationSv).toBe('published')
  })

  it('covers clusters and experts too', async () => {
    const expert = await payload.create({
      collection: 'experts',
      locale: 'fi',
      data: {
        name: 'Testi Asiantuntija',
        slug: 'testi-asiantuntija',
        title: 'Erityisasiantuntija',
      },
    })
    expect([expert.translationFi, expert.translationSv]).toEqual(['published', 'missing'])
    const cluster = await payload.findByID({ collection: 'clusters', id: tourism.id })
    expect([cluster.translationFi, cluster.translationSv]).toEqual(['published', 'missing'])
  })

  it('"start from Finnish" fills an unwritten language as a draft, and only its empty fields', async () => {
    const news = await draftNews('Lähtöteksti', [tourism.id])
    await payload.update({
      collection: 'news',
      id: news.id,
      locale: 'fi',
      data: { summary: 'Ingressi', _status: 'published' },
    })
    const start = (locale: string, token = tokens.translator) =>
      rest(`news/${news.id}/start-translation`, { method: 'POST', token, body: { locale } })
    const first = await start('en')
    expect(first.status).toBe(200)
    expect((await first.json()).copied).toEqual(['title', 'summary'])
    expect(await status(news.id)).toEqual(['published', 'missing', 'draft'])
    expect(await visibleIn(news.id, 'en')).toBe(false)
    expect((await (await start('en')).json()).copied).toEqual([])
    expect((await start('fi')).status).toBe(400)
    expect((await start('en', '')).status).toBe(403)
  })
})

describe('roles', () => {
  it('cluster editors write, publish and see only their own clusters’ items', async () => {
    const own = await draftNews('Oma klusteri', [tourism.id])
    const other = await draftNews('Muu klusteri', [design.id])
    const token = tokens.clusterEditor

    expect((await rest(`news/${own.id}?draft=true`, { token })).status).toBe(200)
    expect((await rest(`news/${other.id}?draft=true`, { token })).status).toBe(404)
    const list = await (await rest('news?draft=true&limit=100', { token })).json()
    expect(
      list.docs.every((doc: News) => JSON.stringify(doc.clusters).includes(`"id":${tourism.id}`)),
    ).toBe(true)

    const publishOther = await rest(`news/${other.id}`, {
      method: 'PATCH',
      token,
      body: { _status: 'published' },
    })
    expect([403, 404]).toContain(publishOther.status)
    const move = await rest(`news/${own.id}`, {
      method: 'PATCH',
      token,
      body: { clusters: [design.id] },
    })
    expect(move.status).toBe(403)
    const publishOwn = await rest(`news/${own.id}`, {
      method: 'PATCH',
      token,
      body: { _status: 'published' },
    })
    expect(publishOwn.status).toBe(200)

    const createOther = await rest('news', {
      method: 'POST',
      token,
      body: { title: 'Väärä klusteri', clusters: [design.id] },
    })
    expect(createOther.status).toBe(403)
    const createNone = await rest('news', {
      method: 'POST',
      token,
      body: { title: 'Ei klusteria' },
    })
    expect(createNone.status).toBe(403)
    const createOwn = await rest('news', {
      method: 'POST',
      token,
      body: { title: 'Oikea klusteri', clusters: [tourism.id] },
    })
    expect(createOwn.status).toBe(201)

    const viaGraphQL = await graphql(
      `mutation { updateNews(id: ${other.id}, data: { title: "Kaapattu" }) { id } }`,
      { token },
    )
    expect(JSON.stringify(await viaGraphQL.json())).toMatch(/not allowed|Forbidden|not found/i)
    expect((await payload.findByID({ collection: 'news', id: other.id, draft: true })).title).toBe(
      'Muu klusteri',
    )
    expect([403, 404]).toContain(
      (await rest(`news/${other.id}`, { method: 'DELETE', token })).status,
    )
  })

  it('translators edit Swedish and English only, and never what all languages share', async () => {
    const news = await draftNews('Käännettävä', [tourism.id])
    const token = tokens.translator
    const fi = await rest(`news/${news.id}?locale=fi`, {
      method: 'PATCH',
      token,
      body: { title: 'Muutettu' },
    })
    expect(fi.status).toBe(403)
    const sv = await rest(`news/${news.id}?locale=sv`, {
      method: 'PATCH',
      token,
      body: { title: 'Översatt', clusters: [design.id], _status: 'published' },
    })
    expect(sv.status, await sv.clone().text()).toBe(200)
    const saved = await payload.findByID({
      collection: 'news',
      id: news.id,
      locale: 'all',
      depth: 0,
    })
    expect(saved.title).toMatchObject({ fi: 'Käännettävä', sv: 'Översatt' })
    expect(saved.clusters).toEqual([tourism.id])
    expect((await rest('news', { method: 'POST', token, body: { title: 'Uusi' } })).status).toBe(
      403,
    )
    expect((await rest(`news/${news.id}`, { method: 'DELETE', token })).status).toBe(403)
    const cluster = await rest(`clusters/${tourism.id}?locale=sv`, {
      method: 'PATCH',
      token,
      body: { name: 'Turism' },
    })
    expect(cluster.status, await cluster.clone().text()).toBe(200)
  })

  it('only admins and editors reach the newsletter and its subscribers; nobody else manages users', async () => {
    for (const role of ['clusterEditor', 'translator'] as const) {
      for (const path of ['subscribers', 'newsletters', 'deliveries', 'partners']) {
        expect((await rest(path, { token: tokens[role] })).status, `${role} ${path}`).toBe(403)
      }
      const users = await (await rest('users?limit=100', { token: tokens[role] })).json()
      expect(users.docs).toHaveLength(1)
      const create = await rest('users', {
        method: 'POST',
        token: tokens[role],
        body: {
          email: `x-${role}@example.test`,
          password: testPassword,
          name: 'x',
          roles: ['admin'],
        },
      })
      expect(create.status).toBe(403)
    }
    expect((await rest('subscribers', { token: tokens.editor })).status).toBe(200)
  })
})

describe('SEO metadata', () => {
  it('is kept per language', async () => {
    const news = await draftNews('Hakukoneille', [tourism.id])
    for (const [locale, title] of [
      ['fi', 'Hakukoneotsikko'],
      ['sv', 'Sökmotorrubrik'],
    ] as const) {
      await payload.update({
        collection: 'news',
        id: news.id,
        locale,
        data: { title, meta: { title, description: `${title} – kuvaus` }, _status: 'published' },
      })
    }
    const all = await payload.findByID({ collection: 'news', id: news.id, locale: 'all' })
    const meta = all.meta as unknown as Record<string, { fi?: string; sv?: string }>
    expect(meta.title).toEqual({ fi: 'Hakukoneotsikko', sv: 'Sökmotorrubrik' })
  })
})

export type { User }
