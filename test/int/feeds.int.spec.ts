import { parseFeed } from '@rowanmanning/feed-parser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { locales } from '../../src/i18n/locales'
import type { Cluster, News } from '../../src/payload-types'
import { login, rest } from '../helpers/api'
import { newsData } from '../helpers/news'
import { createPartner, keyHeader } from '../helpers/partners'
import { bootPayload } from '../helpers/payload'
import { createUser, testPassword } from '../helpers/users'

let payload: Payload
let tourism: Cluster

const lexical = (text: string): News['body'] => ({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        children: [
          { type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 },
        ],
      },
    ],
  },
})

const clusterNames = { fi: 'Matkailu', sv: 'Turism', en: 'Tourism' }

const translated = {
  fi: {
    title: 'Revontulimatkailu kasvaa',
    summary: 'Ingressi',
    body: lexical('Leipäteksti & muuta'),
  },
  sv: { title: 'Norrskensturismen växer', summary: 'Ingress', body: lexical('Brödtext') },
  en: { title: 'Aurora tourism grows', summary: 'Lead', body: lexical('Body text') },
}

beforeAll(async () => {
  payload = await bootPayload()
  tourism = await payload.create({
    collection: 'clusters',
    locale: 'fi',
    data: { name: clusterNames.fi, slug: 'tourism', displayOrder: 1 },
  })
  for (const locale of ['sv', 'en'] as const) {
    await payload.update({
      collection: 'clusters',
      id: tourism.id,
      locale,
      data: { name: clusterNames[locale] },
    })
  }
  const item = await payload.create({
    collection: 'news',
    locale: 'fi',
    data: newsData({
      ...translated.fi,
      clusters: [tourism.id],
      byline: 'Toimitus',
      _status: 'published',
    }),
  })
  for (const locale of ['sv', 'en'] as const) {
    const data = { ...translated[locale], byline: 'Toimitus', _status: 'published' as const }
    await payload.update({ collection: 'news', id: item.id, locale, data })
  }
  await payload.create({
    collection: 'news',
    locale: 'fi',
    data: newsData({ title: 'Vain suomeksi', _status: 'published' }),
  })
  await payload.create({
    collection: 'news',
    locale: 'fi',
    draft: true,
    data: newsData({ title: 'Luonnos ei näy', _status: 'draft' }),
  })
})

afterAll(async () => {
  await payload.destroy()
})

const xmlTypes = { rss: 'application/rss+xml', atom: 'application/atom+xml' }

describe('news feeds', () => {
  it.each(locales)(
    'in %s parse back as RSS and Atom, with the language and only texts in it',
    async (locale) => {
      for (const format of ['rss', 'atom'] as const) {
        const response = await rest(`feeds/${locale}/news.${format}`)
        expect(response.status).toBe(200)
        expect(response.headers.get('content-type')).toContain(xmlTypes[format])
        const xml = await response.text()
        const feed = parseFeed(xml)
        expect(feed.language?.toLowerCase()).toBe(locale)
        const titles = feed.items.map((item) => item.title)
        expect(titles).toContain(translated[locale].title)
        expect(titles.includes('Vain suomeksi')).toBe(locale === 'fi')
        expect(titles).not.toContain('Luonnos ei näy')
        const item = feed.items.find((entry) => entry.title === translated[locale].title)!
        expect(item.url, format).toMatch(new RegExp(`^https?://.+/${locale}/`))
        expect(item.content ?? item.description).toContain(
          translated[locale].summary === 'Lead' ? 'Body text' : '',
        )
        expect(item.categories.map((category) => category.label ?? category.term)).toContain(
          clusterNames[locale],
        )
        for (const other of locales.filter((language) => language !== locale)) {
          expect(xml).toMatch(new RegExp(`hreflang="${other}"[^>]*href="[^"]+/${other}/`))
        }
      }
    },
  )

  it.each(locales)('in %s is valid JSON Feed 1.1 with language and alternates', async (locale) => {
    const response = await rest(`feeds/${locale}/news.json`)
    expect(response.headers.get('content-type')).toContain('application/feed+json')
    const feed = await response.json()
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.language).toBe(locale)
    expect(feed.feed_url).toContain(`/api/feeds/${locale}/news.json`)
    const item = feed.items.find(
      (entry: { title: string }) => entry.title === translated[locale].title,
    )
    expect(item).toMatchObject({ language: locale, authors: [{ name: 'Toimitus' }] })
    expect(item.id).toBeTruthy()
    expect(item._alternates.map((alternate: { language: string }) => alternate.language)).toEqual([
      'fi',
      'sv',
      'en',
    ])
  })

  it('narrows to one cluster', async () => {
    const feed = parseFeed(await (await rest('feeds/fi/news.atom?cluster=tourism')).text())
    expect(feed.items.map((item) => item.title)).toEqual([translated.fi.title])
    expect(feed.title).toContain(clusterNames.fi)
  })

  it('refuses unknown languages, formats, clusters and limits with a reason', async () => {
    const cases: [string, number][] = [
      ['feeds/de/news.rss', 400],
      ['feeds/fi/news.xml', 404],
      ['feeds/fi/events.rss', 404],
      ['feeds/fi/news.rss?cluster=nope', 404],
      ['feeds/fi/news.rss?limit=0', 400],
      ['feeds/fi/news.rss?limit=1000', 400],
    ]
    for (const [path, status] of cases) {
      const response = await rest(path)
      expect(response.status, path).toBe(status)
      expect((await response.json()).errors[0].message, path).toBeTruthy()
    }
  })

  it('keeps to a partner key’s scope', async () => {
    const admin = await createUser(payload, 'admin')
    const token = await login(admin.email, testPassword)
    const { key } = await createPartner(payload, token, { scopeLocales: ['sv'] })
    expect((await rest('feeds/sv/news.rss', { headers: keyHeader(key) })).status).toBe(200)
    expect((await rest('feeds/fi/news.rss', { headers: keyHeader(key) })).status).toBe(403)
  })
})
