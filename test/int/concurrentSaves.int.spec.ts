import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login, rest } from '../helpers/api'
import { newsData } from '../helpers/news'
import { bootPayload } from '../helpers/payload'
import { createUser, testPassword } from '../helpers/users'

/** Saves of one document at once, as two editors (or two instances) would make them. */
let payload: Payload
let token: string

beforeAll(async () => {
  payload = await bootPayload()
  const editor = await createUser(payload, 'editor')
  token = await login(editor.email, testPassword)
})

afterAll(async () => {
  await payload.destroy()
})

const createItem = (title: string) =>
  payload.create({
    collection: 'news',
    locale: 'fi',
    data: newsData({ title, summary: 'Alku.', _status: 'published' }),
  })

const save = (id: number, data: Record<string, string>, headers: HeadersInit = {}) =>
  rest(`news/${id}?locale=fi`, {
    method: 'PATCH',
    token,
    headers,
    body: { ...data, _status: 'published' },
  })

describe('saving one document at once', () => {
  it('keeps every field each save changed, whichever finishes first', async () => {
    const item = await createItem('Yhtä aikaa')
    for (let round = 1; round <= 5; round++) {
      const results = await Promise.all([
        save(item.id, { title: `Otsikko ${round}` }),
        save(item.id, { summary: `Ingressi ${round}.` }),
        save(item.id, { byline: `Kirjoittaja ${round}` }),
      ])
      expect(results.map((response) => response.status)).toEqual([200, 200, 200])
      const saved = await payload.findByID({ collection: 'news', id: item.id, locale: 'fi' })
      expect([saved.title, saved.summary, saved.byline]).toEqual([
        `Otsikko ${round}`,
        `Ingressi ${round}.`,
        `Kirjoittaja ${round}`,
      ])
    }
  })

  it('answers 409 with a reason, changing nothing, when another save holds the item too long', async () => {
    const item = await createItem('Lukittu')
    const holder = new pg.Client({ connectionString: process.env.DATABASE_URI })
    await holder.connect()
    process.env.SAVE_LOCK_WAIT_SECONDS = '1'
    try {
      await holder.query('BEGIN')
      await holder.query('SELECT 1 FROM news WHERE id = $1 FOR UPDATE', [item.id])
      const response = await save(item.id, { title: 'Odottaja' }, { 'Accept-Language': 'sv' })
      expect(response.status).toBe(409)
      const { errors } = await response.json()
      expect(errors[0].message).toMatch(/sparas redan på annat håll \(1 s\)/)
      await holder.query('ROLLBACK')
      const saved = await payload.findByID({ collection: 'news', id: item.id, locale: 'fi' })
      expect(saved.title).toBe('Lukittu')
      expect((await save(item.id, { title: 'Nyt' })).status).toBe(200)
    } finally {
      delete process.env.SAVE_LOCK_WAIT_SECONDS
      await holder.end()
    }
  })
})
