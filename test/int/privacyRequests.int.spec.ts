import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { translate } from '@/i18n'
import { appPool } from '@/platform/database/pool'
import { addressHash } from '@/privacy/addressHash'

import { columnsHolding } from '../helpers/addressSearch'
import { login, rest } from '../helpers/api'
import { createPartner, keyHeader } from '../helpers/partners'
import { bootPayload } from '../helpers/payload'
import { joinRequestData } from '../helpers/permissionTargets'
import { createUser, testPassword } from '../helpers/users'

let payload: Payload
let adminToken: string
let adminEmail: string
const refused: Record<string, Record<string, string>> = {}

beforeAll(async () => {
  payload = await bootPayload()
  const admin = await createUser(payload, 'admin', 'paakayttaja-tietosuoja@example.test')
  adminEmail = admin.email
  adminToken = await login(admin.email, testPassword)
  for (const role of ['translator', 'clusterEditor', 'editor'] as const) {
    const user = await createUser(payload, role, `${role}-tietosuoja@example.test`)
    refused[role] = { Authorization: `JWT ${await login(user.email, testPassword)}` }
  }
  const { key } = await createPartner(payload, adminToken)
  refused.partner = keyHeader(key)
  refused.anonymous = {}
})

afterAll(async () => {
  await payload.destroy()
})

let made = 0

/** One person in every collection that can hold them, the address typed in two cases. */
async function personEverywhere(email: string) {
  const cluster = await payload.create({
    collection: 'clusters',
    locale: 'fi',
    data: { name: `Klusteri ${++made}`, slug: `klusteri-${made}`, displayOrder: 1 },
  })
  const subscriber = await payload.create({
    collection: 'subscribers',
    data: { email, locale: 'fi', status: 'confirmed', consent: { version: '1' } },
  })
  const base = joinRequestData(cluster.id)
  const joinRequest = await payload.create({
    collection: 'joinRequests',
    data: {
      ...base,
      contact: { ...base.contact, email: email.toUpperCase(), phone: '0401234567' },
    } as never,
  })
  const user = await createUser(payload, 'editor', email)
  const startsAt = new Date(Date.now() + 5 * 86_400_000)
  const event = await payload.create({
    collection: 'events',
    locale: 'fi',
    data: {
      title: `Tapahtuma ${made}`,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
      format: 'online',
      _status: 'published',
    } as never,
  })
  const registration = await payload.create({
    collection: 'registrations',
    data: { event: event.id, name: 'Maija Mäkelä', email, locale: 'fi', status: 'confirmed' },
  })
  const contact = await payload.create({
    collection: 'contacts',
    locale: 'fi',
    data: { name: 'Maija Mäkelä', email } as never,
  })
  return { subscriber, joinRequest, user, registration, contact }
}

const stored = (email: string) => columnsHolding(appPool(payload), email)
const exportOf = (email: string, headers: Record<string, string>) =>
  rest(`privacy/export?email=${encodeURIComponent(email)}`, { headers })
const erase = (body: unknown, headers: Record<string, string>) =>
  rest('privacy/erase', { method: 'POST', body, headers })
const asAdmin = () => ({ Authorization: `JWT ${adminToken}` })

describe('an administrator answers a request by address', () => {
  it('exports the subscriber, join request, user and registration of an address', async () => {
    const email = `henkilo-${Date.now()}@example.test`
    const person = await personEverywhere(email)
    const response = await exportOf(email.toUpperCase(), asAdmin())
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(/^attachment;/)
    const data = await response.json()
    expect(data.subscribers).toEqual([expect.objectContaining({ id: person.subscriber.id, email })])
    expect(data.joinRequests).toEqual([
      expect.objectContaining({ id: person.joinRequest.id, company: person.joinRequest.company }),
    ])
    expect(data.users).toEqual([expect.objectContaining({ id: person.user.id, email })])
    expect(data.users[0]).not.toHaveProperty('hash')
    expect(data.registrations).toEqual([
      expect.objectContaining({ id: person.registration.id, status: 'confirmed' }),
    ])
    expect(data.contacts).toEqual([expect.objectContaining({ id: person.contact.id })])
  })

  it('refuses everyone but administrators, and erases nothing for them', async () => {
    const email = `kielletty-${Date.now()}@example.test`
    await personEverywhere(email)
    const before = await stored(email)
    for (const [actor, headers] of Object.entries(refused)) {
      const exported = await exportOf(email, { ...headers, 'Accept-Language': 'fi' })
      expect(exported.status, actor).toBe(403)
      expect((await exported.json()).errors[0].message, actor).toEqual(expect.any(String))
      expect((await erase({ email }, headers)).status, actor).toBe(403)
    }
    expect(await stored(email)).toEqual(before)
  })

  it('erases the address from every table but a public contact role, which it names', async () => {
    const email = `poistettava-${Date.now()}@example.test`
    const person = await personEverywhere(email)
    expect(await stored(email)).toEqual(
      expect.arrayContaining([
        'subscribers.email',
        'join_requests.contact_email',
        'users.email',
        'registrations.email',
        'contacts.email',
      ]),
    )
    const response = await erase({ email }, asAdmin())
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      email,
      subscribers: 1,
      registrations: 1,
      joinRequests: 1,
      users: 1,
      kept: { contacts: [person.contact.id], experts: [] },
    })
    expect(await stored(email)).toEqual(['contacts.email'])

    // What others need stays: the company's request, the account behind authored content.
    const request = await payload.findByID({
      collection: 'joinRequests',
      id: person.joinRequest.id,
    })
    expect(request).toMatchObject({ company: person.joinRequest.company, contact: { phone: null } })
    expect(request.contact.name).not.toBe(person.joinRequest.contact.name)
    const user = await payload.findByID({ collection: 'users', id: person.user.id })
    expect(user.email).not.toBe(email)
    const signIn = await rest('users/login', {
      method: 'POST',
      body: { email, password: testPassword },
    })
    expect(signIn.status).toBe(401)

    const { docs } = await payload.find({
      collection: 'erasures',
      where: { addressHash: { equals: addressHash(email) } },
    })
    expect(docs.map((doc) => [doc.kind, doc.requestedBy]).sort()).toEqual([
      ['joinRequest', 'staff'],
      ['registrant', 'staff'],
      ['subscriber', 'staff'],
      ['user', 'staff'],
    ])
    const after = await (await exportOf(email, asAdmin())).json()
    expect(after).toMatchObject({ subscribers: [], registrations: [], joinRequests: [], users: [] })
    expect(after.erasures).toHaveLength(4)
  })

  it('says what is wrong with a request, in the caller’s language', async () => {
    const finnish = { ...asAdmin(), 'Accept-Language': 'fi' }
    const missing = await exportOf('', finnish)
    expect(missing.status).toBe(400)
    expect((await missing.json()).errors[0].message).toBe(
      translate('fi', 'api.privacy.emailRequired'),
    )
    expect((await erase({ email: 'ei osoite' }, finnish)).status).toBe(400)
    const form = await rest('privacy/erase', {
      method: 'POST',
      body: `email=${encodeURIComponent(adminEmail)}`,
      headers: { ...finnish, 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(form.status).toBe(415)
    const own = await erase({ email: adminEmail }, finnish)
    expect(own.status).toBe(409)
    expect((await own.json()).errors[0].message).toBe(translate('fi', 'api.privacy.ownAccount'))
  })
})
