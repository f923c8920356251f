import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { translate } from '@/i18n'
import type { Registration } from '@/payload-types'
import { appPool } from '@/platform/database/pool'
import { inTransaction } from '@/platform/database/transaction'

import { login, rest } from '../helpers/api'
import { createPartner, keyHeader } from '../helpers/partners'
import { bootPayload } from '../helpers/payload'
import { eventTimes } from '../helpers/permissionTargets'
import { createUser, testPassword } from '../helpers/users'

/**
 * The attendee side of an event for staff: the CSV export and who may have it, check-in, the
 * seat check on staff saves (with the race for the last seat), and registrations following
 * their event's clusters.
 */

let payload: Payload
let clusterA: number
let clusterB: number
type Caller = 'anonymous' | 'partner' | 'translator' | 'editorA' | 'editorB' | 'editor' | 'admin'
const headersOf = {} as Record<Caller, Record<string, string>>

beforeAll(async () => {
  payload = await bootPayload()
  const cluster = async (name: string) =>
    (
      await payload.create({
        collection: 'clusters',
        locale: 'fi',
        data: { name, displayOrder: 1 } as never,
      })
    ).id
  clusterA = await cluster('Matkailuklusteri')
  clusterB = await cluster('Energiaklusteri')
  const signIn = async (role: Parameters<typeof createUser>[1], clusters?: number[]) => {
    const user = await createUser(payload, role, `${role}-${Math.random()}@example.test`)
    if (clusters) await payload.update({ collection: 'users', id: user.id, data: { clusters } })
    return { Authorization: `JWT ${await login(user.email, testPassword)}` }
  }
  headersOf.anonymous = {}
  headersOf.translator = await signIn('translator')
  headersOf.editorA = await signIn('clusterEditor', [clusterA])
  headersOf.editorB = await signIn('clusterEditor', [clusterB])
  headersOf.editor = await signIn('editor')
  headersOf.admin = await signIn('admin')
  const adminToken = headersOf.admin.Authorization!.slice('JWT '.length)
  headersOf.partner = keyHeader((await createPartner(payload, adminToken)).key)
})

afterAll(async () => {
  await payload?.destroy()
})

let counter = 0

async function eventIn(clusters: number[], capacity: number | null = null) {
  const event = await payload.create({
    collection: 'events',
    locale: 'fi',
    data: {
      title: `Työpaja ${++counter}`,
      ...eventTimes(),
      format: 'onSite',
      capacity,
      clusters,
      _status: 'published',
    } as never,
  })
  return event.id
}

async function registration(
  event: number,
  status: Registration['status'],
  extra: Partial<Registration> = {},
) {
  const doc = await payload.create({
    collection: 'registrations',
    data: {
      event,
      name: 'Maija Mäkelä',
      email: `osallistuja-${++counter}@example.test`,
      locale: 'fi',
      status,
      clusters: (await payload.findByID({ collection: 'events', id: event, depth: 0 }))
        .clusters as number[],
      ...extra,
    },
  })
  return doc.id
}

const csvOf = (event: number, caller: Caller, language = 'fi') =>
  rest(`events/${event}/attendees.csv`, {
    headers: { ...headersOf[caller], 'Accept-Language': language },
  })

const setStatus = (id: number, status: Registration['status'], caller: Caller, language = 'fi') =>
  rest(`registrations/${id}`, {
    method: 'PATCH',
    body: { status },
    headers: { ...headersOf[caller], 'Accept-Language': language },
  })

const statusOf = async (id: number) =>
  (await payload.findByID({ collection: 'registrations', id, depth: 0 })).status

const reasonOf = async (response: Response) =>
  ((await response.json()) as { errors: { message: string }[] }).errors[0]!.message

const clusterIdsOf = async (id: number) =>
  ((await payload.findByID({ collection: 'registrations', id, depth: 0 })).clusters ?? []).map(
    (cluster) => (typeof cluster === 'object' ? cluster.id : cluster),
  )

describe('the attendees CSV', () => {
  it('escapes quotes and line breaks, disarms formulas, and writes UTF-8 with a BOM', async () => {
    const event = await eventIn([clusterA])
    await registration(event, 'confirmed', {
      name: '=HYPERLINK("x")',
      organisation: '@SUM(A1)',
      consent: { confirmedAt: '2026-06-01T09:30:00.000Z' },
      answers: { ruokavalio: '+gluteeniton\n-laktoositon' },
    })
    await registration(event, 'waitlisted', {
      name: 'Matti "Masa" Meikäläinen\nRovaniemi',
      organisation: '\tTab Oy',
      locale: 'sv',
    })
    const other = await eventIn([clusterA])
    await registration(other, 'confirmed', { name: 'Toisen tapahtuman Tiina' })

    const response = await csvOf(event, 'admin')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="attendees-/)
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    expect(text.startsWith('\uFEFF')).toBe(true)
    const records = text.slice(1).split('\r\n')
    expect(records[0]).toBe(
      'Nimi,Sähköposti,Organisaatio,Tila,Kieli,Ilmoittautui (Suomen aikaa),' +
        'Vahvisti osoitteen (Suomen aikaa),Vastaukset',
    )
    // Summer time in Finland: UTC+3.
    expect(records[1]).toMatch(
      /^"'=HYPERLINK\(""x""\)",osallistuja-\d+@example\.test,'@SUM\(A1\),Vahvistettu,suomi,\d{4}-\d\d-\d\d \d\d:\d\d,2026-06-01 12:30,"ruokavalio: \+gluteeniton\n-laktoositon"$/,
    )
    expect(records[2]).toMatch(
      /^"Matti ""Masa"" Meikäläinen\nRovaniemi",osallistuja-\d+@example\.test,'\tTab Oy,Jonossa,ruotsi,/,
    )
    expect(records.slice(3)).toEqual([''])
    expect(text).not.toContain('Toisen tapahtuman Tiina')
  })

  it('speaks the caller’s language in its headings and statuses', async () => {
    const event = await eventIn([clusterA])
    await registration(event, 'attended')
    const text = await (await csvOf(event, 'admin', 'sv')).text()
    expect(text).toContain(`${translate('sv', 'field.name')},`)
    expect(text).toContain(`,${translate('sv', 'registrations.status.attended')},`)
  })

  const expected: Record<Caller, number> = {
    anonymous: 403,
    partner: 403,
    translator: 403,
    editorB: 403,
    editorA: 200,
    editor: 200,
    admin: 200,
  }

  it.each(Object.entries(expected))('as %s: %i', async (caller, status) => {
    const event = await eventIn([clusterA])
    await registration(event, 'confirmed', { name: 'Salainen Sanna' })
    const response = await csvOf(event, caller as Caller)
    expect(response.status).toBe(status)
    const body = await response.text()
    if (status === 200) expect(body).toContain('Salainen Sanna')
    else {
      expect(body).not.toContain('Salainen Sanna')
      expect(JSON.parse(body).errors[0].message).toBeTruthy()
    }
  })

  it('refuses a cluster editor of another cluster in their language, as for no event at all', async () => {
    const event = await eventIn([clusterA])
    const foreign = await csvOf(event, 'editorB', 'fi')
    expect(await reasonOf(foreign)).toBe(translate('fi', 'api.attendees.forbidden'))
    const missing = await csvOf(999_999, 'editorA', 'fi')
    expect(missing.status).toBe(403)
    expect((await csvOf(event, 'editorA', 'fi')).status).toBe(200)
  })
})

describe('check-in', () => {
  it('a cluster editor of the event checks a confirmed attendee in and undoes it', async () => {
    const event = await eventIn([clusterA], 10)
    const id = await registration(event, 'confirmed')
    expect((await setStatus(id, 'attended', 'editorA')).status).toBe(200)
    expect(await statusOf(id)).toBe('attended')
    expect((await setStatus(id, 'confirmed', 'editorA')).status).toBe(200)
    expect(await statusOf(id)).toBe('confirmed')
  })

  it.each(['anonymous', 'partner', 'translator', 'editorB'] as const)(
    'refuses %s, and the registration stays as it was',
    async (caller) => {
      const event = await eventIn([clusterA], 10)
      const id = await registration(event, 'confirmed')
      const response = await setStatus(id, 'attended', caller)
      expect([401, 403, 404]).toContain(response.status)
      expect(await statusOf(id)).toBe('confirmed')
    },
  )
})

describe('seats on staff saves', () => {
  it('refuses to confirm or check in past the capacity, with the reason in the caller’s language', async () => {
    const event = await eventIn([clusterA], 1)
    const holder = await registration(event, 'confirmed')
    const waiting = await registration(event, 'waitlisted')
    const pending = await registration(event, 'pending')
    const confirm = await setStatus(waiting, 'confirmed', 'editor', 'fi')
    expect(confirm.status).toBe(409)
    expect(await reasonOf(confirm)).toBe(translate('fi', 'api.seats.full'))
    const attend = await setStatus(pending, 'attended', 'admin', 'sv')
    expect(attend.status).toBe(409)
    expect(await reasonOf(attend)).toBe(translate('sv', 'api.seats.full'))
    expect([await statusOf(waiting), await statusOf(pending)]).toEqual(['waitlisted', 'pending'])
    // Nor through the Local API with full access: the check is the collection's, not a door's.
    await expect(
      payload.update({ collection: 'registrations', id: waiting, data: { status: 'confirmed' } }),
    ).rejects.toThrow(translate('en', 'api.seats.full'))
    // Checking in someone who already holds a seat takes no new one.
    expect((await setStatus(holder, 'attended', 'editorA')).status).toBe(200)
  })

  it('a cancellation in the admin gives the seat to the first in line, who is told by email', async () => {
    const event = await eventIn([clusterA], 1)
    const holder = await registration(event, 'confirmed')
    const first = await registration(event, 'waitlisted', { seatDecidedAt: '2026-01-01T08:00:00Z' })
    const second = await registration(event, 'waitlisted', {
      seatDecidedAt: '2026-01-02T08:00:00Z',
    })
    expect((await setStatus(holder, 'cancelled', 'editorA')).status).toBe(200)
    expect([await statusOf(first), await statusOf(second)]).toEqual(['confirmed', 'waitlisted'])
    const { docs: jobs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'sendRegistrationEmail' } },
      pagination: false,
      depth: 0,
    })
    const told = jobs.map((job) => job.input as { registrationId: number; kind: string })
    expect(told.filter((input) => input.registrationId === first)).toEqual([
      { registrationId: first, kind: 'promoted' },
    ])
    expect(told.filter((input) => input.registrationId === second)).toEqual([])
    // The seat is taken again: the second stays in line.
    expect((await setStatus(second, 'confirmed', 'editor')).status).toBe(409)
  })

  it('two staff saves racing for the last seat: exactly one gets it', async () => {
    const event = await eventIn([clusterA], 1)
    const waiting = [
      await registration(event, 'waitlisted'),
      await registration(event, 'waitlisted'),
    ]
    // The test holds the event's row, so both saves wait for the seat decision at once.
    const pool = appPool(payload)
    const holder = await pool.connect()
    await holder.query('BEGIN')
    await holder.query(`SELECT 1 FROM events WHERE id = $1 FOR UPDATE`, [event])
    const answers = Promise.all([
      setStatus(waiting[0]!, 'confirmed', 'editor'),
      setStatus(waiting[1]!, 'attended', 'admin'),
    ])
    await waitForLockWaiters(pool, 2)
    await holder.query('COMMIT')
    holder.release()
    expect((await answers).map((answer) => answer.status).sort()).toEqual([200, 409])
    const statuses = [await statusOf(waiting[0]!), await statusOf(waiting[1]!)]
    expect(statuses.filter((status) => status !== 'waitlisted')).toHaveLength(1)
  })
})

async function waitForLockWaiters(pool: ReturnType<typeof appPool>, count: number) {
  const waiting = async () =>
    Number(
      (
        await pool.query(
          `SELECT count(*) AS n FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        )
      ).rows[0].n,
    )
  const deadline = Date.now() + 15_000
  while ((await waiting()) < count) {
    if (Date.now() > deadline) throw new Error('the saves never waited for the seat lock')
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

describe('registrations follow their event’s clusters', () => {
  it('moving an event to another cluster moves its attendees’ access with it', async () => {
    const event = await eventIn([clusterA])
    const id = await registration(event, 'confirmed', { name: 'Siirtyvä Sirpa' })
    expect((await rest(`registrations/${id}`, { headers: headersOf.editorA })).status).toBe(200)
    expect((await rest(`registrations/${id}`, { headers: headersOf.editorB })).status).toBe(404)

    const moved = await rest(`events/${event}`, {
      method: 'PATCH',
      body: { clusters: [clusterB] },
      headers: headersOf.editor,
    })
    expect(moved.status).toBe(200)
    expect(await clusterIdsOf(id)).toEqual([clusterB])
    expect((await rest(`registrations/${id}`, { headers: headersOf.editorA })).status).toBe(404)
    expect((await rest(`registrations/${id}`, { headers: headersOf.editorB })).status).toBe(200)
    expect(await (await csvOf(event, 'editorB')).text()).toContain('Siirtyvä Sirpa')
    expect((await csvOf(event, 'editorA')).status).toBe(403)

    await rest(`events/${event}`, {
      method: 'PATCH',
      body: { clusters: [clusterA, clusterB] },
      headers: headersOf.editor,
    })
    expect((await clusterIdsOf(id)).sort()).toEqual([clusterA, clusterB].sort())
  })

  it('a draft’s clusters move nothing until published, the event’s readers not having changed', async () => {
    const event = await eventIn([clusterA])
    const id = await registration(event, 'confirmed')
    await payload.update({
      collection: 'events',
      id: event,
      locale: 'fi',
      draft: true,
      data: { clusters: [clusterB] },
    })
    expect(await clusterIdsOf(id)).toEqual([clusterA])
    await payload.update({
      collection: 'events',
      id: event,
      locale: 'fi',
      data: { clusters: [clusterB], _status: 'published' },
    })
    expect(await clusterIdsOf(id)).toEqual([clusterB])
  })

  it('moves in the event’s transaction: an event save rolled back moves no registration', async () => {
    const event = await eventIn([clusterA])
    const id = await registration(event, 'confirmed')
    const req = await createLocalReq({}, payload)
    await expect(
      inTransaction(req, async () => {
        await payload.update({
          collection: 'events',
          id: event,
          data: { clusters: [clusterB] },
          req,
        })
        const inside = await payload.findByID({ collection: 'registrations', id, depth: 0, req })
        expect(inside.clusters).toEqual([clusterB])
        throw new Error('the save failed later')
      }),
    ).rejects.toThrow('the save failed later')
    expect(await clusterIdsOf(id)).toEqual([clusterA])
    expect(
      (await payload.findByID({ collection: 'events', id: event, depth: 0 })).clusters,
    ).toEqual([clusterA])
  })
})
