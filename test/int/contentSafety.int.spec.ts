import type { Payload } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Locale } from '@/i18n/locales'
import type { News } from '@/payload-types'
import { appPool } from '@/platform/database/pool'
import { Body } from '@/site/components/Body'
import { ExternalLinks } from '@/site/components/ExternalLinks'

import { graphql, login, rest } from '../helpers/api'
import { lexicalBody, lexicalText, newsData } from '../helpers/news'
import { createPartner, keyHeader } from '../helpers/partners'
import { bootPayload } from '../helpers/payload'
import { createUser, testPassword } from '../helpers/users'

let payload: Payload
let editorToken: string
let partnerKey: string

beforeAll(async () => {
  payload = await bootPayload()
  editorToken = await login((await createUser(payload, 'editor')).email, testPassword)
  const adminToken = await login((await createUser(payload, 'admin')).email, testPassword)
  partnerKey = (await createPartner(payload, adminToken)).key
})

afterAll(async () => {
  await payload.destroy()
})

const sql = (text: string, values: unknown[]) => appPool(payload).query(text, values)

/** A body of one paragraph: "Lue lisää" with the words linked to `url`. */
const bodyLinkingTo = (url: string, type: 'link' | 'autolink' = 'link'): News['body'] =>
  lexicalBody('Lue ', {
    type,
    version: 3,
    direction: null,
    format: '',
    indent: 0,
    fields: { linkType: 'custom', url, newTab: false },
    children: [lexicalText('lisää')],
  })

const saveNews = (data: Record<string, unknown>, path = 'news?draft=true', method = 'POST') =>
  rest(path, {
    method: method as 'POST',
    token: editorToken,
    headers: { 'Accept-Language': 'fi' },
    body: { title: `Linkkitesti ${Math.random()}`, ...data },
  })

type FieldError = { path: string; message: string }
const fieldErrors = async (response: Response): Promise<FieldError[]> =>
  ((await response.json()).errors ?? []).flatMap(
    (error: { data?: { errors?: FieldError[] } }) => error.data?.errors ?? [],
  )

// Each is script (or a local file) in some browser or renderer; all must be refused.
const hostile = [
  'javascript:alert(1)',
  '  JaVaScRiPt:alert(document.cookie)',
  '\u0001javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java&#115;cript:alert(1)',
  '&#x6A;avascript:alert(1)',
  'javascript&colon;alert(1)',
  'javascript&amp;#58;alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
]

describe('links in news, at save', () => {
  it('refuses unsafe rich-text links (link and autolink), drafts included, with the reason in Finnish', async () => {
    for (const url of hostile) {
      for (const type of ['link', 'autolink'] as const) {
        const response = await saveNews({ body: bodyLinkingTo(url, type) })
        expect(response.status, `${type} ${JSON.stringify(url)}`).toBe(400)
        const [error] = await fieldErrors(response)
        expect(error?.path).toBe('body')
        expect(error?.message).toMatch(/^Linkki voi johtaa https:\/\//)
      }
    }
    const published = await saveNews(
      { body: bodyLinkingTo('javascript:alert(1)'), _status: 'published' },
      'news',
    )
    expect(published.status).toBe(400)
  })

  it('refuses unsafe links to other sites, and paths of this one, in external links', async () => {
    for (const url of [...hostile, '/fi/news/jotain', '//evil.example', 'mailto:x@example.fi']) {
      const response = await saveNews({ externalLinks: [{ url, label: 'Raportti' }] })
      expect(response.status, JSON.stringify(url)).toBe(400)
      const [error] = await fieldErrors(response)
      expect(error?.path).toBe('externalLinks.0.url')
      expect(error?.message).toBe('Anna osoite, joka alkaa https:// tai http://')
    }
  })

  it('refuses them on a change too, in the caller’s language, and keeps what was stored', async () => {
    const created = await saveNews({
      body: bodyLinkingTo('https://www.lapinliitto.fi/'),
      externalLinks: [{ url: 'https://www.lapinliitto.fi/raportti', label: 'Raportti' }],
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: News }
    const change = (body: Record<string, unknown>, language: string) =>
      rest(`news/${doc.id}?draft=true`, {
        method: 'PATCH',
        token: editorToken,
        headers: { 'Accept-Language': language },
        body,
      })
    const swedish = await change({ body: bodyLinkingTo(' javascript:alert(1)') }, 'sv')
    expect(swedish.status).toBe(400)
    expect((await fieldErrors(swedish))[0]?.message).toMatch(/^En länk kan gå till/)
    const english = await change({ externalLinks: [{ url: 'data:,x', label: 'x' }] }, 'en')
    expect(english.status).toBe(400)
    expect((await fieldErrors(english))[0]?.message).toMatch(/starts with https:\/\//)

    const stored = await payload.findByID({ collection: 'news', id: doc.id, draft: true })
    expect(JSON.stringify(stored.body)).toContain('https://www.lapinliitto.fi/')
    expect(stored.externalLinks?.[0]?.url).toBe('https://www.lapinliitto.fi/raportti')
  })

  it('accepts links to the web, e-mail, phone numbers and this site’s pages', async () => {
    for (const url of [
      'https://www.lapinliitto.fi/',
      'HTTP://example.fi/a?b=c#d',
      'mailto:info@lapinliitto.fi',
      'tel:+358401234567',
      '/fi/clusters/arctic-design',
      '#yhteystiedot',
    ]) {
      expect((await saveNews({ body: bodyLinkingTo(url) })).status, url).toBe(201)
    }
    const external = await saveNews({
      externalLinks: [{ url: 'https://www.lapinliitto.fi/raportti', label: 'Raportti' }],
    })
    expect(external.status).toBe(201)
  })
})

describe('links stored before the check', () => {
  it('reach readers as plain text, and the site renders them as no link', async () => {
    const item = await payload.create({
      collection: 'news',
      locale: 'fi',
      data: newsData({
        title: 'Vanha linkki',
        body: bodyLinkingTo('https://www.lapinliitto.fi/'),
        externalLinks: [{ url: 'https://www.lapinliitto.fi/raportti', label: 'Raportti' }],
        _status: 'published',
      }),
    })
    // As an attacker left them, written past every check.
    const old = JSON.stringify(bodyLinkingTo('java\tscript:alert(1)'))
    await sql(`UPDATE news_locales SET body = $1::jsonb WHERE _parent_id = $2`, [old, item.id])
    await sql(`UPDATE news_external_links SET url = $1 WHERE _parent_id = $2`, [
      'javascript:alert(1)',
      item.id,
    ])

    const read = (await (await rest(`news/${item.id}?locale=fi`)).json()) as News
    const body = JSON.stringify(read.body)
    expect(body).not.toMatch(/script:/)
    expect(body).not.toMatch(/"type":"link"/)
    expect(body).toContain('"text":"lisää"')

    const html = renderToStaticMarkup(
      createElement('div', null, [
        createElement(Body, { key: 'body', data: read.body, locale: 'fi' }),
        createElement(ExternalLinks, { key: 'links', links: read.externalLinks, locale: 'fi' }),
      ]),
    )
    expect(html).toContain('Lue lisää')
    expect(html).toContain('<li>Raportti</li>')
    expect(html).not.toMatch(/<a\b|script:/)
  })
})

describe('translation states for readers', () => {
  let swedishDraft: number
  let stalePublished: number
  let staleDraft: number

  const publishedIn = async (locales: Locale[], title: string) => {
    const item = await payload.create({
      collection: 'news',
      locale: 'fi',
      data: newsData({ title, _status: 'published' }),
    })
    for (const locale of locales) {
      await payload.update({
        collection: 'news',
        id: item.id,
        locale,
        data: { title: `${title} (${locale})`, _status: 'published' },
      })
    }
    return item.id
  }
  const swedishDraftOf = (id: number) =>
    payload.update({
      collection: 'news',
      id,
      locale: 'sv',
      draft: true,
      data: { title: 'Utkast', _status: 'draft' },
    })
  const changeFinnish = async (id: number) => {
    // The Finnish text must be newer than the translation by the clock: a millisecond will do.
    await new Promise((resolve) => setTimeout(resolve, 5))
    await payload.update({
      collection: 'news',
      id,
      locale: 'fi',
      data: { title: 'Muutettu lähdeteksti', _status: 'published' },
    })
  }
  const states = async (id: number, init: Parameters<typeof rest>[1] = {}) => {
    const doc = (await (await rest(`news/${id}?locale=fi&depth=0`, init)).json()) as News
    return [doc.translationFi, doc.translationSv, doc.translationEn]
  }

  beforeAll(async () => {
    swedishDraft = await publishedIn([], 'Ruotsi luonnoksena')
    await swedishDraftOf(swedishDraft)
    stalePublished = await publishedIn(['sv'], 'Ruotsi vanhentunut')
    await changeFinnish(stalePublished)
    staleDraft = await publishedIn([], 'Ruotsin luonnos vanhentunut')
    await swedishDraftOf(staleDraft)
    await changeFinnish(staleDraft)
  })

  it('are those of published languages only, over REST, for anonymous readers and partners', async () => {
    const staff = { token: editorToken }
    expect(await states(swedishDraft, staff)).toEqual(['published', 'draft', 'missing'])
    expect(await states(staleDraft, staff)).toEqual(['published', 'stale', 'missing'])
    expect(await states(stalePublished, staff)).toEqual(['published', 'stale', 'missing'])

    expect(await states(swedishDraft)).toEqual(['published', 'missing', 'missing'])
    expect(await states(staleDraft)).toEqual(['published', 'missing', 'missing'])
    expect(await states(stalePublished)).toEqual(['published', 'stale', 'missing'])
    const partner = { headers: keyHeader(partnerKey) }
    expect(await states(swedishDraft, partner)).toEqual(['published', 'missing', 'missing'])
    expect(await states(staleDraft, partner)).toEqual(['published', 'missing', 'missing'])

    const all = (await (await rest(`news/${staleDraft}?locale=all`)).json()) as News
    expect(all.translationSv).toBe('missing')
  })

  it('are the same over GraphQL', async () => {
    const query = `{ allNews(locale: fi, limit: 100) { docs { id translationSv } } }`
    const { data } = await (await graphql(query)).json()
    const sv = (id: number) =>
      data.allNews.docs.find((doc: { id: number }) => doc.id === id)?.translationSv
    expect([sv(swedishDraft), sv(staleDraft), sv(stalePublished)]).toEqual([
      'missing',
      'missing',
      'stale',
    ])
  })

  it('cannot be filtered or sorted on by readers, only by staff', async () => {
    for (const path of [
      'news?locale=fi&where[translationSv][equals]=draft',
      'news?locale=fi&where[translationSv][in]=stale',
      'news?locale=fi&sort=translationSv',
    ]) {
      expect((await rest(path)).status, path).toBe(400)
      expect((await rest(path, { headers: keyHeader(partnerKey) })).status, path).toBe(400)
    }
    const filtered = `{ allNews(locale: fi, where: { translationSv: { equals: draft } }) { docs { id } } }`
    const answer = await (await graphql(filtered)).json()
    expect(answer.data?.allNews?.docs ?? []).toEqual([])
    expect(answer.errors?.[0]?.message).toMatch(/translationSv/)

    const staff = await rest('news?locale=fi&where[translationSv][equals]=draft&limit=100', {
      token: editorToken,
    })
    expect((await staff.json()).docs.map((doc: News) => doc.id)).toContain(swedishDraft)
  })
})
