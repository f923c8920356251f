import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login, rest } from '../helpers/api'
import { bootPayload } from '../helpers/payload'
import { createUser, testPassword } from '../helpers/users'

let payload: Payload
let editorToken: string

beforeAll(async () => {
  payload = await bootPayload()
  const editor = await createUser(payload, 'editor', `events-editor-${Date.now()}@example.test`)
  editorToken = await login(editor.email, testPassword)
})

afterAll(async () => {
  await payload.destroy()
})

const times = { startsAt: '2026-06-10T06:00:00.000Z', endsAt: '2026-06-10T13:30:00.000Z' }

const publishedInFinnish = (title: string, data: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'events',
    locale: 'fi',
    data: { title, lead: `${title} – ingressi`, ...times, _status: 'published', ...data } as never,
  })

describe('events, localized as news', () => {
  it('publish each language on its own and say which language each text is in', async () => {
    const event = await publishedInFinnish('Kiertotalouden työpaja')
    expect((await rest(`events/${event.id}?locale=en&fallback-locale=fi`)).status).toBe(404)

    await payload.update({
      collection: 'events',
      id: event.id,
      locale: 'sv',
      draft: true,
      data: { title: 'Verkstad om cirkulär ekonomi', _status: 'draft' },
    })
    const beforeSwedish = await (await rest(`events/${event.id}?locale=fi`)).json()
    expect(beforeSwedish.alternates.map((a: { locale: string }) => a.locale)).toEqual(['fi'])
    expect(beforeSwedish.translationSv).toBe('missing')

    await payload.update({
      collection: 'events',
      id: event.id,
      locale: 'en',
      data: { title: 'Circular economy workshop', _status: 'published' },
    })
    const english = await (await rest(`events/${event.id}?locale=en&fallback-locale=fi`)).json()
    expect(english).toMatchObject({
      title: 'Circular economy workshop',
      lead: 'Kiertotalouden työpaja – ingressi',
      contentLocales: { title: 'en', lead: 'fi', body: null, summary: null },
    })
    expect(english.alternates).toEqual([
      {
        locale: 'fi',
        slug: 'kiertotalouden-tyopaja',
        url: expect.stringMatching(/\/fi\/events\/kiertotalouden-tyopaja$/),
      },
      {
        locale: 'en',
        slug: 'circular-economy-workshop',
        url: expect.stringMatching(/\/en\/events\/circular-economy-workshop$/),
      },
    ])

    const staff = await (
      await rest(`events/${event.id}?locale=fi&depth=0`, { token: editorToken })
    ).json()
    expect(staff).toMatchObject({
      translationFi: 'published',
      translationSv: 'draft',
      translationEn: 'published',
    })
  })

  it('keep drafts from readers, in lists too', async () => {
    const draft = await payload.create({
      collection: 'events',
      locale: 'fi',
      draft: true,
      data: { title: 'Salainen luonnos', ...times, _status: 'draft' },
    })
    expect((await rest(`events/${draft.id}?locale=fi`)).status).toBe(404)
    const list = await (await rest('events?locale=fi&limit=100&depth=0')).json()
    expect(list.docs.map((doc: { id: number }) => doc.id)).not.toContain(draft.id)
  })

  it('store times in UTC and keep that they are entered and shown in Finnish time', async () => {
    const event = await publishedInFinnish('Aikavyöhyke')
    const read = await (await rest(`events/${event.id}?locale=fi`)).json()
    expect(read).toMatchObject({ ...times, startsAt_tz: 'Europe/Helsinki' })
  })

  it('refuse an end before the start, in the caller’s language', async () => {
    const response = await rest('events?locale=fi', {
      method: 'POST',
      token: editorToken,
      headers: { 'Accept-Language': 'fi' },
      body: {
        title: 'Väärin päin',
        startsAt: times.endsAt,
        endsAt: times.startsAt,
        _status: 'draft',
      },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('päätyttävä alkamisensa jälkeen')
  })

  it('hold a programme whose sessions are localized and name their speakers', async () => {
    const expert = await payload.create({
      collection: 'experts',
      data: { name: `Puhuja ${Date.now()}` } as never,
    })
    const event = await publishedInFinnish('Ohjelmallinen tapahtuma', {
      format: 'hybrid',
      venue: { name: 'Lapin liitto', address: 'Hallituskatu 20 B, Rovaniemi' },
      onlineUrl: 'https://example.org/stream',
      capacity: 40,
      programme: [
        {
          startsAt: times.startsAt,
          title: 'Avaus',
          description: 'Tervetuloa',
          speakers: [expert.id],
        },
      ],
    })
    await payload.update({
      collection: 'events',
      id: event.id,
      locale: 'sv',
      data: {
        title: 'Evenemang med program',
        programme: [{ id: event.programme![0]!.id, startsAt: times.startsAt, title: 'Öppning' }],
        _status: 'published',
      },
    })
    const swedish = await (await rest(`events/${event.id}?locale=sv&depth=1`)).json()
    expect(swedish.programme[0]).toMatchObject({ title: 'Öppning', speakers: [{ id: expert.id }] })
    const finnish = await (await rest(`events/${event.id}?locale=fi&depth=0`)).json()
    expect(finnish.programme[0]).toMatchObject({ title: 'Avaus', description: 'Tervetuloa' })
    expect(finnish).toMatchObject({ format: 'hybrid', capacity: 40 })
  })

  it('are linked from news', async () => {
    const event = await publishedInFinnish('Uutisen tapahtuma')
    const news = await payload.create({
      collection: 'news',
      locale: 'fi',
      data: { title: 'Uutinen tapahtumasta', events: [event.id], _status: 'published' } as never,
    })
    const read = await (await rest(`news/${news.id}?locale=fi&depth=1`)).json()
    expect(read.events).toEqual([
      expect.objectContaining({ id: event.id, title: 'Uutisen tapahtuma' }),
    ])
  })
})
