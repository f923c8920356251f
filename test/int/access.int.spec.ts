import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { graphql, login, rest } from '../helpers/api'
import { newsData } from '../helpers/news'
import { bootPayload } from '../helpers/payload'
import { createUser, testPassword } from '../helpers/users'

let payload: Payload
let draftId: number
let publishedId: number
let clusterId: number

beforeAll(async () => {
  payload = await bootPayload()
  const draft = await payload.create({
    collection: 'news',
    draft: true,
    locale: 'fi',
    data: newsData({ title: 'Salainen luonnos', _status: 'draft' }),
  })
  const published = await payload.create({
    collection: 'news',
    locale: 'fi',
    data: newsData({ title: 'Julkinen uutinen', _status: 'published' }),
  })
  draftId = draft.id
  publishedId = published.id
  const cluster = await payload.create({
    collection: 'clusters',
    locale: 'fi',
    data: { name: 'Matkailu', slug: 'tourism', displayOrder: 1 },
  })
  clusterId = cluster.id
})

afterAll(async () => {
  await payload.destroy()
})

describe('anonymous readers', () => {
  it('get published news and a 404 for a draft, with or without draft=true', async () => {
    expect((await rest(`news/${publishedId}`)).status).toBe(200)
    expect((await rest(`news/${draftId}`)).status).toBe(404)
    expect((await rest(`news/${draftId}?draft=true`)).status).toBe(404)

    const list = await (await rest('news?draft=true&limit=100')).json()
    const titles = list.docs.map((doc: { title: string }) => doc.title)
    expect(titles).toContain('Julkinen uutinen')
    expect(titles).not.toContain('Salainen luonnos')
  })

  it('cannot reach drafts through where-clauses or versions', async () => {
    const byStatus = await (await rest('news?where[_status][equals]=draft')).json()
    expect(byStatus.docs).toEqual([])
    const byTitle = await (await rest('news?where[title][like]=Salainen')).json()
    expect(byTitle.docs).toEqual([])
    expect((await rest('news/versions')).status).toBe(403)
  })

  it('get no drafts over GraphQL either', async () => {
    const list = await (
      await graphql('{ allNews(draft: true, limit: 50) { docs { id title } } }')
    ).json()
    const titles = list.data.allNews.docs.map((doc: { title: string }) => doc.title)
    expect(titles).toContain('Julkinen uutinen')
    expect(titles).not.toContain('Salainen luonnos')

    const single = await (await graphql(`{ News(id: ${draftId}, draft: true) { title } }`)).json()
    expect(single.data?.News ?? null).toBeNull()
    expect(JSON.stringify(single)).not.toContain('Salainen')
  })

  it('read clusters, experts, contacts and media', async () => {
    for (const collection of ['clusters', 'experts', 'contacts', 'media']) {
      expect((await rest(collection)).status, collection).toBe(200)
    }
  })

  it('never read users, over REST or GraphQL, by list, id, where or GraphQL', async () => {
    const editor = await createUser(payload, 'editor', 'private-person@example.test')
    expect((await rest('users')).status).toBe(403)
    expect((await rest(`users/${editor.id}`)).status).toBe(403)
    const byEmail = await rest('users?where[email][like]=private')
    expect(byEmail.status).toBe(403)
    expect(await byEmail.text()).not.toContain('private-person')

    const query = await (await graphql('{ Users { docs { email } } }')).text()
    expect(query).not.toContain('private-person')
    expect(query).toContain('Forbidden')
    const me = await (await rest('users/me')).json()
    expect(me.user).toBeNull()
  })

  it('cannot write anything', async () => {
    const news = await payload.count({ collection: 'news' })
    const created = await rest('news', { method: 'POST', body: { title: 'Spam' } })
    expect(created.status).toBe(403)
    const changed = await rest(`clusters/${clusterId}?locale=fi`, {
      method: 'PATCH',
      body: { name: 'x' },
    })
    expect(changed.status).toBe(403)
    expect((await rest(`news/${publishedId}`, { method: 'DELETE' })).status).toBe(403)
    const cluster = await payload.findByID({ collection: 'clusters', id: clusterId, locale: 'fi' })
    expect(cluster.name).toBe('Matkailu')
    expect(await payload.count({ collection: 'news' })).toEqual(news)
  })

  it('cannot list Payload internals (jobs, preferences, locked documents, migrations)', async () => {
    for (const path of ['payload-preferences', 'payload-locked-documents', 'payload-migrations']) {
      const response = await rest(path)
      expect([403, 404], path).toContain(response.status)
    }
  })
})

describe('editors and admins', () => {
  it('editors see drafts but cannot manage users or raise their own role', async () => {
    const editor = await createUser(payload, 'editor')
    const token = await login(editor.email, testPassword)

    expect((await rest(`news/${draftId}`, { token })).status).toBe(200)
    expect(
      (
        await rest('users', {
          token,
          method: 'POST',
          body: { email: 'x@example.test', password: 'p4ssword-long', name: 'x' },
        })
      ).status,
    ).toBe(403)

    const raise = await rest(`users/${editor.id}`, {
      token,
      method: 'PATCH',
      body: { roles: ['admin'] },
    })
    expect(raise.status).toBeLessThan(500)
    const after = await payload.findByID({ collection: 'users', id: editor.id })
    expect(after.roles).toEqual(['editor'])

    const others = await (await rest('users?limit=100', { token })).json()
    expect(others.docs.map((user: { id: number }) => user.id)).toEqual([editor.id])
  })

  it('accounts lock after five failed logins, and only an admin can unlock them', async () => {
    const editor = await createUser(payload, 'editor')
    const other = await createUser(payload, 'editor')
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await rest('users/login', {
        method: 'POST',
        body: { email: editor.email, password: 'wrong password' },
      })
      expect(response.status).toBe(401)
    }
    const locked = await rest('users/login', {
      method: 'POST',
      body: { email: editor.email, password: testPassword },
    })
    expect(locked.status).toBe(401)

    const otherToken = await login(other.email, testPassword)
    const byEditor = await rest('users/unlock', {
      method: 'POST',
      token: otherToken,
      body: { email: editor.email },
    })
    expect(byEditor.status).toBe(403)

    const admin = await createUser(payload, 'admin')
    const adminToken = await login(admin.email, testPassword)
    const byAdmin = await rest('users/unlock', {
      method: 'POST',
      token: adminToken,
      body: { email: editor.email },
    })
    expect(byAdmin.status).toBe(200)
    expect(await login(editor.email, testPassword)).toBeTruthy()
  })

  it('the first-user screen is closed once any user exists', async () => {
    const { totalDocs } = await payload.count({ collection: 'users' })
    const firstRegister = await rest('users/first-register', {
      method: 'POST',
      body: { email: 'late@example.test', password: testPassword, name: 'Late' },
    })
    expect(totalDocs).toBeGreaterThan(0)
    expect(firstRegister.status).toBe(403)
  })
})
