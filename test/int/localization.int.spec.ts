import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rest } from '../helpers/api'
import { newsData } from '../helpers/news'
import { bootPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await bootPayload()
})

afterAll(async () => {
  await payload.destroy()
})

async function publishedInThreeLanguages(titles: { fi: string; sv: string; en: string }) {
  const item = await payload.create({
    collection: 'news',
    locale: 'fi',
    data: newsData({ title: titles.fi, summary: `${titles.fi} – ingressi`, _status: 'published' }),
  })
  await payload.update({
    collection: 'news',
    id: item.id,
    locale: 'sv',
    data: { title: titles.sv, _status: 'published' },
  })
  await payload.update({
    collection: 'news',
    id: item.id,
    locale: 'en',
    data: { title: titles.en, _status: 'published' },
  })
  return item
}

describe('localized news', () => {
  it('stores and serves each locale separately, and all of them with locale=all', async () => {
    const item = await publishedInThreeLanguages({
      fi: 'Porotalous ja matkailu',
      sv: 'Renskötsel och turism',
      en: 'Reindeer herding and tourism',
    })

    for (const [locale, title] of [
      ['fi', 'Porotalous ja matkailu'],
      ['sv', 'Renskötsel och turism'],
      ['en', 'Reindeer herding and tourism'],
    ]) {
      const response = await rest(`news/${item.id}?locale=${locale}`)
      expect(response.status).toBe(200)
      expect((await response.json()).title).toBe(title)
    }

    const all = await (await rest(`news/${item.id}?locale=all`)).json()
    expect(all.title).toEqual({
      fi: 'Porotalous ja matkailu',
      sv: 'Renskötsel och turism',
      en: 'Reindeer herding and tourism',
    })
  })

  it('updating one locale leaves the others as they were', async () => {
    const item = await publishedInThreeLanguages({ fi: 'Kaivos', sv: 'Gruva', en: 'Mine' })
    await payload.update({
      collection: 'news',
      id: item.id,
      locale: 'sv',
      data: { title: 'Gruvan' },
    })

    const all = await payload.findByID({ collection: 'news', id: item.id, locale: 'all' })
    expect(all.title).toEqual({ fi: 'Kaivos', sv: 'Gruvan', en: 'Mine' })
  })

  it('lists an item in a language only once it is published in it, and labels fallback text', async () => {
    const item = await payload.create({
      collection: 'news',
      locale: 'fi',
      data: newsData({
        title: 'Vain suomeksi',
        summary: 'Suomenkielinen ingressi',
        _status: 'published',
      }),
    })
    expect((await rest(`news/${item.id}?locale=en&fallback-locale=fi`)).status).toBe(404)

    await payload.update({
      collection: 'news',
      id: item.id,
      locale: 'en',
      data: { title: 'Now in English', _status: 'published' },
    })
    const withFallback = await (await rest(`news/${item.id}?locale=en&fallback-locale=fi`)).json()
    expect(withFallback).toMatchObject({
      title: 'Now in English',
      summary: 'Suomenkielinen ingressi',
      contentLocales: { title: 'en', summary: 'fi', body: null },
    })
    const withoutFallback = await (
      await rest(`news/${item.id}?locale=en&fallback-locale=none`)
    ).json()
    expect(withoutFallback.summary).toBeFalsy()
    expect(withoutFallback.contentLocales).toMatchObject({ title: 'en', summary: null })
  })

  it('never fills a text from a language that is not published', async () => {
    const item = await payload.create({
      collection: 'news',
      locale: 'fi',
      data: newsData({ title: 'Vedetty pois', summary: 'Ei enää julkinen', _status: 'published' }),
    })
    await payload.update({
      collection: 'news',
      id: item.id,
      locale: 'sv',
      data: { title: 'Kvar på svenska', _status: 'published' },
    })
    await payload.update({
      collection: 'news',
      id: item.id,
      locale: 'fi',
      data: { _status: 'draft' },
    })
    const swedish = await (await rest(`news/${item.id}?locale=sv&fallback-locale=fi`)).json()
    expect(swedish).toMatchObject({ title: 'Kvar på svenska', summary: null })
    expect(swedish.contentLocales.summary).toBeNull()
    expect((await rest(`news/${item.id}?locale=fi`)).status).toBe(404)
    const all = await (await rest(`news/${item.id}?locale=all`)).json()
    expect(all.title).toEqual({ sv: 'Kvar på svenska' })
    expect(JSON.stringify(all)).not.toContain('Ei enää julkinen')
  })
})

describe('slugs', () => {
  it('are generated per locale from the title, with Nordic letters transliterated', async () => {
    const item = await publishedInThreeLanguages({
      fi: 'Älykäs erikoistuminen Lapissa',
      sv: 'Smart specialisering i Lappland – år 2026',
      en: 'Smart specialisation in Lapland',
    })
    await payload.update({
      collection: 'news',
      id: item.id,
      locale: 'sv',
      data: { slug: 'smart-specialisering-i-lappland' },
    })
    const all = await payload.findByID({ collection: 'news', id: item.id, locale: 'all' })
    expect(all.slug).toMatchObject({
      fi: 'alykas-erikoistuminen-lapissa',
      sv: 'smart-specialisering-i-lappland',
    })
  })

  it('are unique within a locale but may repeat across locales', async () => {
    const first = await payload.create({
      collection: 'news',
      locale: 'fi',
      data: { title: 'Sama otsikko', slug: 'yhteinen' },
    })
    await payload.update({
      collection: 'news',
      id: first.id,
      locale: 'en',
      data: { title: 'Same title', slug: 'shared' },
    })

    const second = await payload.create({
      collection: 'news',
      locale: 'sv',
      data: { title: 'Samma rubrik', slug: 'yhteinen' },
    })
    expect(second.slug).toBe('yhteinen')

    const clash = await rest('news?locale=en', {
      method: 'POST',
      token: await adminToken(),
      body: { title: 'Another', slug: 'shared' },
    })
    expect(clash.status).toBe(400)
    expect(JSON.stringify(await clash.json())).toContain('slug')
  })

  it('made by hand are cleaned on create, and refused later when not address-safe', async () => {
    const item = await payload.create({
      collection: 'news',
      locale: 'fi',
      data: { title: 'Käsin', slug: 'Ei käy!' },
    })
    expect(item.slug).toBe('ei-kay')

    await expect(
      payload.update({ collection: 'news', id: item.id, locale: 'fi', data: { slug: 'Ei käy!' } }),
    ).rejects.toThrow(/Slug|Osoitetunnus/)
  })
})

let token: string | undefined
async function adminToken(): Promise<string> {
  if (token) return token
  const email = 'slug-admin@example.test'
  const password = 'a long enough password'
  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Admin', roles: ['admin'] },
  })
  const { token: issued } = await payload.login({ collection: 'users', data: { email, password } })
  token = issued!
  return token
}
