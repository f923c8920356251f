import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login, rest } from '../helpers/api'
import { lexicalBody, newsData } from '../helpers/news'
import { bootPayload } from '../helpers/payload'
import { createUser, testPassword } from '../helpers/users'

/**
 * "Start from Finnish" without its traps: the translation's slug comes from its own title, a
 * text copied from Finnish is labelled Finnish however it was published, and the states read
 * after publishing are the published ones.
 */
let payload: Payload
let editorToken: string

beforeAll(async () => {
  payload = await bootPayload()
  const editor = await createUser(payload, 'editor', 'kaantaja-toimittaja@example.test')
  editorToken = await login(editor.email, testPassword)
})

afterAll(async () => {
  await payload.destroy()
})

const finnishItem = (title: string) =>
  payload.create({
    collection: 'news',
    locale: 'fi',
    data: newsData({
      title,
      summary: `${title}: tiivistelmä`,
      body: lexicalBody('Suomenkielinen leipäteksti.'),
      _status: 'published',
    }),
  })

const startFromFinnish = (id: number, locale: string) =>
  rest(`news/${id}/start-translation`, { method: 'POST', token: editorToken, body: { locale } })

/** A save as the admin makes it: the document's REST door, in one language. */
const save = (id: number, locale: string, data: object, publish = false) =>
  rest(`news/${id}?locale=${locale}&draft=${publish ? 'false' : 'true'}&depth=0`, {
    method: 'PATCH',
    token: editorToken,
    body: { ...data, _status: publish ? 'published' : 'draft' },
  })

const staffRead = async (id: number, locale: string) =>
  (await (
    await rest(`news/${id}?locale=${locale}&draft=true&depth=0&fallback-locale=none`, {
      token: editorToken,
    })
  ).json()) as Record<string, unknown>

describe('start from Finnish', () => {
  it('leaves the slug to the translation’s own title', async () => {
    const item = await finnishItem('Porotalouden uusi aika')
    expect((await startFromFinnish(item.id, 'sv')).status).toBe(200)
    const started = await staffRead(item.id, 'sv')
    expect(started.title).toBe('Porotalouden uusi aika')
    expect(started.slug ?? null).toBeNull()

    // A draft of the summary alone keeps the slug open: the title is still the Finnish one.
    expect((await save(item.id, 'sv', { summary: 'Renskötselns nya tid: ingress' })).status).toBe(
      200,
    )
    expect((await staffRead(item.id, 'sv')).slug ?? null).toBeNull()

    expect((await save(item.id, 'sv', { title: 'Renskötselns nya tid' })).status).toBe(200)
    expect((await staffRead(item.id, 'sv')).slug).toBe('renskotselns-nya-tid')

    const published = await save(item.id, 'sv', {}, true)
    expect(published.status).toBe(200)
    const reader = await (await rest(`news/${item.id}?locale=sv`)).json()
    expect(reader.slug).toBe('renskotselns-nya-tid')
    expect((await staffRead(item.id, 'fi')).slug).toBe('porotalouden-uusi-aika')
  })

  it('a slug the editor wrote stays, whatever the title', async () => {
    const item = await finnishItem('Käsin kirjoitettu osoite')
    await startFromFinnish(item.id, 'en')
    expect((await save(item.id, 'en', { slug: 'hand-written' })).status).toBe(200)
    expect((await staffRead(item.id, 'en')).slug).toBe('hand-written')
  })
})

describe('contentLocales of copied texts', () => {
  it('labels a text identical to the Finnish one `fi`, whichever language it was published in', async () => {
    const item = await finnishItem('Kopioitu ja julkaistu')
    await startFromFinnish(item.id, 'sv')
    // Only the title is translated; summary and body are published as copied.
    expect((await save(item.id, 'sv', { title: 'Kopierad och publicerad' }, true)).status).toBe(200)

    const reader = await (await rest(`news/${item.id}?locale=sv`)).json()
    expect(reader.title).toBe('Kopierad och publicerad')
    expect(reader.contentLocales).toMatchObject({ title: 'sv', summary: 'fi', body: 'fi' })

    // Translating the summary makes it Swedish.
    await save(item.id, 'sv', { summary: 'Svensk ingress' }, true)
    const translated = await (await rest(`news/${item.id}?locale=sv`)).json()
    expect(translated.contentLocales).toMatchObject({ title: 'sv', summary: 'sv', body: 'fi' })

    // Finnish readers are told Finnish, as ever.
    const finnish = await (await rest(`news/${item.id}?locale=fi`)).json()
    expect(finnish.contentLocales).toMatchObject({ title: 'fi', summary: 'fi', body: 'fi' })
  })
})

describe('translation states after publishing', () => {
  it('the saved answer and the draft read both say published', async () => {
    const item = await finnishItem('Tila julkaisun jälkeen')
    await startFromFinnish(item.id, 'en')
    expect((await staffRead(item.id, 'en')).translationEn).toBe('draft')
    // As the admin's "Publish in English" sends it.
    const response = await rest(
      `news/${item.id}?locale=en&depth=0&fallback-locale=null&publishSpecificLocale=en`,
      {
        method: 'PATCH',
        token: editorToken,
        body: { title: 'State after publishing', _status: 'published' },
      },
    )
    const { doc } = (await response.json()) as { doc: Record<string, unknown> }
    expect(doc.translationEn).toBe('published')
    expect((await staffRead(item.id, 'en')).translationEn).toBe('published')
    expect((await staffRead(item.id, 'fi')).translationEn).toBe('published')
  })
})
