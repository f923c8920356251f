import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { login, rest } from '../helpers/api'
import { bootPayload } from '../helpers/payload'
import { joinRequestData } from '../helpers/permissionTargets'
import { startSmtpSink, type SmtpSink } from '../helpers/smtp'
import { createUser, testPassword } from '../helpers/users'

/**
 * The holes of issue #12 that were in the collections' and endpoints' own rules, each tried the
 * way the attacker did. The permission matrix covers the same cells in general; these name them.
 */

let payload: Payload
let smtp: SmtpSink
let ownCluster: number
let otherCluster: number
const tokens = { translator: '', clusterEditor: '', editor: '' }

beforeAll(async () => {
  payload = await bootPayload()
  smtp = await startSmtpSink()
  const cluster = async (name: string) =>
    (
      await payload.create({
        collection: 'clusters',
        locale: 'fi',
        data: { name, displayOrder: 1 } as never,
      })
    ).id
  ownCluster = await cluster('Matkailu')
  otherCluster = await cluster('Muotoilu')
  for (const role of Object.keys(tokens) as (keyof typeof tokens)[]) {
    const user = await createUser(payload, role)
    if (role === 'clusterEditor') {
      await payload.update({ collection: 'users', id: user.id, data: { clusters: [ownCluster] } })
    }
    tokens[role] = await login(user.email, testPassword)
  }
})

afterAll(async () => {
  await smtp.close()
  await payload.destroy()
})

beforeEach(() => {
  smtp.messages.length = 0
})

const refused = (status: number) => expect([401, 403, 404]).toContain(status)

async function fiDraft(title: string) {
  const news = await payload.create({
    collection: 'news',
    locale: 'fi',
    draft: true,
    data: { title, clusters: [ownCluster], _status: 'draft' } as never,
  })
  for (const locale of ['sv', 'en'] as const) {
    await payload.update({
      collection: 'news',
      id: news.id,
      locale,
      draft: true,
      data: { title: `${title} ${locale}`, _status: 'draft' },
    })
  }
  return news.id
}

const statusIn = async (id: number, locale: 'fi' | 'sv') =>
  (await payload.findByID({ collection: 'news', id, locale, draft: true, depth: 0 }))._status

describe('1. newsletters are sent by editors only', () => {
  it('refuses a translator and a cluster editor at send, test send, preview and progress', async () => {
    const issue = await payload.create({
      collection: 'newsletters',
      locale: 'fi',
      data: { subject: 'Joulukuun uutiset' } as never,
    })
    for (const token of [tokens.translator, tokens.clusterEditor]) {
      const calls = [
        rest(`newsletters/${issue.id}/send`, { token, method: 'POST', body: {} }),
        rest(`newsletters/${issue.id}/send`, { token, method: 'POST', body: { test: true } }),
        rest(`newsletters/${issue.id}/send`, {
          token,
          method: 'POST',
          body: { scheduledAt: '2030-01-01T08:00:00Z' },
        }),
        rest(`newsletters/${issue.id}/preview?locale=fi`, { token }),
        rest(`newsletters/${issue.id}/progress`, { token }),
      ]
      for (const response of await Promise.all(calls)) expect(response.status).toBe(403)
    }
    const after = await payload.findByID({ collection: 'newsletters', id: issue.id })
    expect(after.status).toBe('draft')
    expect(smtp.messages).toHaveLength(0)
    expect((await payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(0)

    const test = await rest(`newsletters/${issue.id}/send`, {
      token: tokens.editor,
      method: 'POST',
      body: { test: true },
    })
    expect(test.status).toBe(200)
  })
})

describe('2–3. a translator writes their own language only', () => {
  it('cannot publish or unpublish Finnish with the all-language flags', async () => {
    const id = await fiDraft('Vain suomeksi julkaistava')
    const publishAll = await rest(`news/${id}?locale=sv&publishAllLocales=true`, {
      token: tokens.translator,
      method: 'PATCH',
      body: { _status: 'published' },
    })
    expect(publishAll.status).toBe(403)
    expect(await statusIn(id, 'fi')).toBe('draft')

    await payload.update({
      collection: 'news',
      id,
      locale: 'fi',
      data: { _status: 'published' },
    })
    const unpublishAll = await rest(`news/${id}?locale=sv&unpublishAllLocales=true`, {
      token: tokens.translator,
      method: 'PATCH',
      body: {},
    })
    expect(unpublishAll.status).toBe(403)
    expect(await statusIn(id, 'fi')).toBe('published')

    const ownLanguage = await rest(`news/${id}?locale=sv`, {
      token: tokens.translator,
      method: 'PATCH',
      body: { _status: 'published' },
    })
    expect(ownLanguage.status).toBe(200)
    expect(await statusIn(id, 'sv')).toBe('published')
  })

  it('cannot restore a version, which writes every language', async () => {
    const id = await fiDraft('Alkuperäinen otsikko')
    const { docs } = await payload.findVersions({
      collection: 'news',
      where: { parent: { equals: id } },
      sort: 'createdAt',
      limit: 1,
    })
    await payload.update({
      collection: 'news',
      id,
      locale: 'fi',
      draft: true,
      data: { title: 'Uusi otsikko' },
    })
    const restore = await rest(`news/versions/${docs[0]!.id}?locale=sv`, {
      token: tokens.translator,
      method: 'POST',
    })
    expect(restore.status).toBe(403)
    const fi = await payload.findByID({ collection: 'news', id, locale: 'fi', draft: true })
    expect(fi.title).toBe('Uusi otsikko')

    const byEditor = await rest(`news/versions/${docs[0]!.id}?locale=sv`, {
      token: tokens.editor,
      method: 'POST',
    })
    expect(byEditor.status).toBe(200)
  })
})

describe('4. people belong to the clusters that name them', () => {
  it("a cluster editor cannot change another cluster's coordinator, and the join mail still reaches them", async () => {
    const coordinator = await payload.create({
      collection: 'experts',
      data: { name: 'Kaisa Koordinaattori', email: 'kaisa@design.example' } as never,
    })
    await payload.update({
      collection: 'clusters',
      id: otherCluster,
      data: { coordinator: coordinator.id },
    })
    const redirect = await rest(`experts/${coordinator.id}`, {
      token: tokens.clusterEditor,
      method: 'PATCH',
      body: { email: 'attacker@example.test' },
    })
    refused(redirect.status)
    const stored = await payload.findByID({ collection: 'experts', id: coordinator.id })
    expect(stored.email).toBe('kaisa@design.example')

    const mine = await payload.create({
      collection: 'experts',
      data: { name: 'Oma Koordinaattori' } as never,
    })
    await payload.update({ collection: 'clusters', id: ownCluster, data: { coordinator: mine.id } })
    const ownEdit = await rest(`experts/${mine.id}`, {
      token: tokens.clusterEditor,
      method: 'PATCH',
      body: { email: 'oma@matkailu.example' },
    })
    expect(ownEdit.status).toBe(200)
  })
})

describe('7. benefit records', () => {
  const benefit = () =>
    payload.create({
      collection: 'benefits',
      locale: 'fi',
      data: {
        title: 'Uusi tuote',
        cluster: ownCluster,
        year: 2025,
        companies: [{ name: 'Revontuli Oy' }],
        jobs: 2,
        quote: { text: 'Hyvä yhteistyö.', person: 'Maija', approved: false },
      } as never,
    })

  it('a translator changes the translations only: not figures, cluster or approval', async () => {
    const { id } = await benefit()
    const response = await rest(`benefits/${id}?locale=sv`, {
      token: tokens.translator,
      method: 'PATCH',
      body: {
        title: 'Ny produkt',
        jobs: 999,
        cluster: otherCluster,
        quote: { text: 'Bra samarbete.', approved: true },
      },
    })
    expect(response.status).toBe(200)
    const sv = await payload.findByID({ collection: 'benefits', id, locale: 'sv', depth: 0 })
    expect(sv.title).toBe('Ny produkt')
    expect(sv.quote?.text).toBe('Bra samarbete.')
    expect(sv.jobs).toBe(2)
    expect(sv.cluster).toBe(ownCluster)
    expect(sv.quote?.approved).toBe(false)
    const fi = await payload.findByID({ collection: 'benefits', id, locale: 'fi' })
    expect(fi.quote?.text).toBe('Hyvä yhteistyö.')
  })

  it('a cluster editor cannot move a record into another cluster', async () => {
    const { id } = await benefit()
    const response = await rest(`benefits/${id}`, {
      token: tokens.clusterEditor,
      method: 'PATCH',
      body: { cluster: otherCluster },
    })
    refused(response.status)
    const stored = await payload.findByID({ collection: 'benefits', id, depth: 0 })
    expect(stored.cluster).toBe(ownCluster)
  })
})

describe('12. join requests', () => {
  it('a cluster editor cannot rewrite consent, delete notes or add clusters not their own', async () => {
    const request = await payload.create({
      collection: 'joinRequests',
      data: joinRequestData(ownCluster) as never,
    })
    const noted = await rest(`joinRequests/${request.id}`, {
      token: tokens.editor,
      method: 'PATCH',
      body: { notes: [{ text: 'Soitettu.' }] },
    })
    expect(noted.status).toBe(200)

    const attack = await rest(`joinRequests/${request.id}`, {
      token: tokens.clusterEditor,
      method: 'PATCH',
      body: { consent: { text: 'Väärennetty', version: '0' }, notes: [] },
    })
    expect(attack.status).toBeLessThan(500)
    const moved = await rest(`joinRequests/${request.id}`, {
      token: tokens.clusterEditor,
      method: 'PATCH',
      body: { clusters: [ownCluster, otherCluster] },
    })
    refused(moved.status)

    const stored = await payload.findByID({ collection: 'joinRequests', id: request.id, depth: 0 })
    expect(stored.consent?.text).toBe('Suostun.')
    expect(stored.notes?.map((note) => note.text)).toEqual(['Soitettu.'])
    expect(stored.clusters).toEqual([ownCluster])

    const byEditor = await rest(`joinRequests/${request.id}`, {
      token: tokens.editor,
      method: 'PATCH',
      body: { clusters: [ownCluster, otherCluster] },
    })
    expect(byEditor.status).toBe(200)
  })
})
