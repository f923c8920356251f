import ICAL from 'ical.js'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { translate } from '@/i18n'
import { appPool } from '@/platform/database/pool'

import { rest } from '../helpers/api'
import { runQueueUntil } from '../helpers/newsletter'
import { bootPayload } from '../helpers/payload'
import { startSmtpSink, type SmtpSink } from '../helpers/smtp'

let payload: Payload
let smtp: SmtpSink

beforeAll(async () => {
  payload = await bootPayload()
  smtp = await startSmtpSink()
})

afterAll(async () => {
  await smtp.close()
  await payload.destroy()
})

beforeEach(() => {
  smtp.messages.length = 0
})

let counter = 0
const freshAddress = () => `osallistuja-${++counter}-${Date.now()}@example.test`
// Each request from its own client, so the per-client limit is not what a case meets.
const fromClient = () => ({ 'X-Forwarded-For': `203.0.113.${counter % 250}` })

const startsAt = new Date(Date.now() + 14 * 86_400_000)
startsAt.setUTCHours(7, 0, 0, 0)
const times = {
  startsAt: startsAt.toISOString(),
  endsAt: new Date(startsAt.getTime() + 4 * 3_600_000).toISOString(),
}

async function openEvent(capacity: number | null, title = `Työpaja ${++counter}`) {
  return payload.create({
    collection: 'events',
    locale: 'fi',
    data: { title, ...times, capacity, format: 'onSite', _status: 'published' } as never,
  })
}

const registerRequest = (
  event: number,
  body: Record<string, unknown>,
  headers: Record<string, string> = fromClient(),
) => rest(`events/${event}/register`, { method: 'POST', body, headers })

const noJobsLeft = async () => (await payload.count({ collection: 'payload-jobs' })).totalDocs === 0
const sendQueued = () => runQueueUntil(payload, noJobsLeft)

const linkIn = (text: string, page: 'confirm' | 'cancel') => {
  const match = new RegExp(`https?://\\S+/api/event-registration/${page}\\?token=[\\w.%-]+`).exec(
    text,
  )
  if (!match) throw new Error(`no ${page} link in: ${text}`)
  return match[0].replace('http://localhost:3000/api/', '')
}

const messageTo = (email: string) => {
  const found = smtp.messages.filter(
    (message) =>
      message.text?.includes('') && [message.to ?? []].flat().some((to) => to.text.includes(email)),
  )
  return found.at(-1)
}

/** Registers and confirms, as a person would: the API, the email, the button. */
async function registerAndConfirm(event: number, email: string, locale = 'fi') {
  const response = await registerRequest(event, {
    name: 'Maija Mäkelä',
    email,
    locale,
    consent: true,
  })
  expect(response.status).toBe(202)
  await sendQueued()
  return linkIn(messageTo(email)!.text!, 'confirm')
}

/** Sessions of this database waiting for a row lock held by another. */
const waitingForLocks = async (pool: ReturnType<typeof appPool>) =>
  Number(
    (
      await pool.query(
        `SELECT count(*) AS n FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      )
    ).rows[0].n,
  )

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('the confirmations never waited for the seat lock')
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

const statusOf = async (event: number, email: string) =>
  (
    await payload.find({
      collection: 'registrations',
      where: { and: [{ event: { equals: event } }, { email: { equals: email } }] },
    })
  ).docs[0]?.status

describe('registering for an event', () => {
  it('confirms the address by link, then mails the seat with a calendar file in the registrant’s language', async () => {
    const event = await openEvent(10, 'Muotoilun päivä')
    await payload.update({
      collection: 'events',
      id: event.id,
      locale: 'sv',
      data: { title: 'Designens dag', _status: 'published' },
    })
    const email = freshAddress()
    const link = await registerAndConfirm(event.id, email, 'sv')
    const confirmMail = messageTo(email)!
    expect(confirmMail.subject).toBe(
      translate('sv', 'email.register.confirm.subject', { event: 'Designens dag' }),
    )
    expect(await statusOf(event.id, email)).toBe('pending')

    // A mail scanner opening the link changes nothing.
    const page = await rest(link)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<form method="post"')
    expect(await statusOf(event.id, email)).toBe('pending')

    const confirmed = await rest(link, { method: 'POST' })
    expect(confirmed.status).toBe(200)
    expect(await confirmed.text()).toContain('Designens dag')
    expect(await statusOf(event.id, email)).toBe('confirmed')
    expect((await rest(link, { method: 'POST' })).status).toBe(410)

    await sendQueued()
    const seat = messageTo(email)!
    expect(seat.subject).toBe(
      translate('sv', 'email.register.confirmed.subject', { event: 'Designens dag' }),
    )
    expect(seat.html).toContain('lang="sv"')
    const ics = seat.attachments.find((file) => file.contentType.startsWith('text/calendar'))
    expect(ics, 'a calendar file is attached').toBeDefined()
    const calendar = new ICAL.Component(ICAL.parse(ics!.content.toString('utf8')))
    const zone = calendar.getFirstSubcomponent('vtimezone')!
    ICAL.TimezoneService.register(zone)
    const entry = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!)
    expect(entry.summary).toBe('Designens dag')
    expect(entry.startDate.zone?.tzid).toBe('Europe/Helsinki')
    expect(entry.startDate.toJSDate().toISOString()).toBe(times.startsAt)
    expect(entry.endDate.toJSDate().toISOString()).toBe(times.endsAt)
    expect(entry.component.getFirstPropertyValue('url')).toMatch(/\/sv\/events\/designens-dag$/)
    expect(
      calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstamp')!.toString(),
    ).toMatch(/Z$/)
    linkIn(seat.text!, 'cancel')
  })

  it('answers the same for a known and an unknown address, and mails a known one no more', async () => {
    const event = await openEvent(null)
    const email = freshAddress()
    await registerAndConfirm(event.id, email)
    const known = await registerRequest(event.id, {
      name: 'Toinen',
      email,
      locale: 'fi',
      consent: true,
    })
    const unknown = await registerRequest(event.id, {
      name: 'Kolmas',
      email: freshAddress(),
      locale: 'fi',
      consent: true,
    })
    expect([known.status, unknown.status]).toEqual([202, 202])
    expect(await known.json()).toEqual(await unknown.json())
    await sendQueued()
    expect(smtp.recipients().filter((to) => to === email)).toHaveLength(1)
  })

  it('refuses bad input with 400 and the reason in the caller’s language', async () => {
    const event = await openEvent(null)
    const base = { name: 'Maija', email: freshAddress(), locale: 'fi', consent: true }
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, email: 'ei-osoite' }, translate('fi', 'api.badEmail')],
      [{ ...base, name: '' }, translate('fi', 'api.register.badName')],
      [{ ...base, consent: false }, translate('fi', 'api.consentRequired')],
      [{ ...base, locale: 'de' }, translate('fi', 'api.badLanguage')],
      [{ ...base, answers: ['x'] }, translate('fi', 'api.register.badAnswers')],
      [{ ...base, organisation: 42 }, translate('fi', 'api.register.badOrganisation')],
      [
        { ...base, name: 'Maija\r\nBcc: uhri@example.test' },
        translate('fi', 'api.lineBreaks', { field: 'name' }),
      ],
    ]
    for (const [body, reason] of cases) {
      const response = await registerRequest(event.id, body, {
        ...fromClient(),
        'Accept-Language': 'fi',
      })
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect((await response.json()).errors[0].message).toBe(reason)
    }
    expect(
      await payload.count({ collection: 'registrations', where: { event: { equals: event.id } } }),
    ).toMatchObject({ totalDocs: 0 })
  })

  it('is closed for drafts, past events and outside the registration window', async () => {
    const draft = await payload.create({
      collection: 'events',
      locale: 'fi',
      draft: true,
      data: { title: 'Luonnos', ...times, _status: 'draft' } as never,
    })
    const past = await payload.create({
      collection: 'events',
      locale: 'fi',
      data: {
        title: 'Mennyt',
        startsAt: '2022-02-23T07:00:00.000Z',
        endsAt: '2022-02-24T13:00:00.000Z',
        _status: 'published',
      } as never,
    })
    const body = { name: 'Maija', email: freshAddress(), locale: 'fi', consent: true }
    expect((await registerRequest(draft.id, body)).status).toBe(404)
    expect((await registerRequest(past.id, body)).status).toBe(409)
  })

  it('limits requests per address, whichever clients send them', async () => {
    const event = await openEvent(null)
    const email = freshAddress()
    const statuses: number[] = []
    for (let attempt = 0; attempt < 6; attempt++) {
      const response = await registerRequest(event.id, {
        name: 'Maija',
        email,
        locale: 'fi',
        consent: true,
      })
      statuses.push(response.status)
    }
    expect(statuses.slice(0, 5)).toEqual([202, 202, 202, 202, 202])
    expect(statuses[5]).toBe(429)
  })
})

describe('seats', () => {
  it('two confirmations racing for the last seat: exactly one gets it, the other waits', async () => {
    const event = await openEvent(1)
    const [first, second] = [freshAddress(), freshAddress()]
    const links = [
      await registerAndConfirm(event.id, first),
      await registerAndConfirm(event.id, second),
    ]
    // The test holds the event's row, so both confirmations are under way at once, each
    // waiting for the seat decision; released, they must take turns.
    const pool = appPool(payload)
    const holder = await pool.connect()
    await holder.query('BEGIN')
    await holder.query(`SELECT 1 FROM events WHERE id = $1 FOR UPDATE`, [event.id])
    const answers = Promise.all(links.map((link) => rest(link, { method: 'POST' })))
    await waitUntil(async () => (await waitingForLocks(pool)) === 2)
    await holder.query('COMMIT')
    holder.release()
    expect((await answers).map((answer) => answer.status)).toEqual([200, 200])
    const statuses = [await statusOf(event.id, first), await statusOf(event.id, second)]
    expect(statuses.sort()).toEqual(['confirmed', 'waitlisted'])
  })

  it('a cancellation gives the seat to the first on the waiting list, who is told by email', async () => {
    const event = await openEvent(1)
    const [holder, waiting, later] = [freshAddress(), freshAddress(), freshAddress()]
    for (const email of [holder, waiting, later]) {
      const link = await registerAndConfirm(event.id, email)
      expect((await rest(link, { method: 'POST' })).status).toBe(200)
    }
    expect([
      await statusOf(event.id, holder),
      await statusOf(event.id, waiting),
      await statusOf(event.id, later),
    ]).toEqual(['confirmed', 'waitlisted', 'waitlisted'])
    await sendQueued()
    const waitMail = messageTo(waiting)!
    expect(waitMail.subject).toBe(
      translate('fi', 'email.register.waitlisted.subject', { event: event.title }),
    )
    const cancel = linkIn(messageTo(holder)!.text!, 'cancel')
    expect((await rest(cancel)).status).toBe(200)
    expect(await statusOf(event.id, holder)).toBe('confirmed')
    expect((await rest(cancel, { method: 'POST' })).status).toBe(200)
    expect(await statusOf(event.id, holder)).toBe('cancelled')
    expect(await statusOf(event.id, waiting)).toBe('confirmed')
    expect(await statusOf(event.id, later)).toBe('waitlisted')
    smtp.messages.length = 0
    await sendQueued()
    expect(smtp.recipients()).toEqual([waiting])
    const promoted = smtp.messages[0]!
    expect(promoted.subject).toBe(
      translate('fi', 'email.register.promoted.subject', { event: event.title }),
    )
    expect(promoted.attachments.some((file) => file.contentType.startsWith('text/calendar'))).toBe(
      true,
    )
    expect((await rest(cancel, { method: 'POST' })).status).toBe(410)
  })
})

describe('registrants', () => {
  it('are not readable anonymously', async () => {
    const event = await openEvent(null)
    await registerAndConfirm(event.id, freshAddress())
    const list = await rest('registrations?depth=0')
    expect([401, 403]).toContain(list.status)
  })
})
