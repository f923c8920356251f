import ICAL from 'ical.js'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { translate } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import type { Registration } from '@/payload-types'
import { appPool } from '@/platform/database/pool'
import { tablesOf } from '@/platform/database/tables'

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
const stamp = Date.now()
const address = (name: string) => `${name}-${++counter}-${stamp}@example.test`

// Whole minutes: iCalendar times have no fractions of a second.
const startsAt = new Date(Math.floor((Date.now() + 21 * 86_400_000) / 60_000) * 60_000)
const times = {
  startsAt: startsAt.toISOString(),
  endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
}
const titles: Record<Locale, string> = { fi: 'Peruttava', sv: 'Inställd', en: 'Called off' }

/** A published event in the three languages. */
async function publishedEvent(capacity: number | null) {
  const n = ++counter
  const event = await payload.create({
    collection: 'events',
    locale: 'fi',
    data: {
      title: `${titles.fi} ${n}`,
      ...times,
      capacity,
      format: 'onSite',
      _status: 'published',
    } as never,
  })
  for (const locale of ['sv', 'en'] as const) {
    await payload.update({
      collection: 'events',
      id: event.id,
      locale,
      data: { title: `${titles[locale]} ${n}`, _status: 'published' },
    })
  }
  return { ...event, n }
}

/** A registration as the confirmation link leaves it (the seat decided at `decidedAt`). */
const registration = (
  event: number,
  email: string,
  locale: Locale,
  status: Registration['status'],
  decidedAt = new Date().toISOString(),
) =>
  payload.create({
    collection: 'registrations',
    data: { event, name: 'Osallistuja', email, locale, status, seatDecidedAt: decidedAt },
  })

const noJobsLeft = async () => (await payload.count({ collection: 'payload-jobs' })).totalDocs === 0
const sendQueued = () => runQueueUntil(payload, noJobsLeft)

const messagesTo = (email: string) =>
  smtp.messages.filter((message) => [message.to ?? []].flat().some((to) => to.text.includes(email)))

const cancel = (id: number, cancelled = true) =>
  payload.update({ collection: 'events', id, data: { cancelled } })

/** Parses strictly (ical.js throws on a malformed file) and gives each event's STATUS. */
const statuses = (text: string) =>
  new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .map((component) => component.getFirstPropertyValue('status'))

describe('cancelling an event', () => {
  it('tells each registrant still expecting it once, in their language; saving again sends nothing', async () => {
    const event = await publishedEvent(2)
    const fi = address('fi')
    const sv = address('sv')
    const en = address('en')
    const pending = address('pending')
    const left = address('left')
    await registration(event.id, fi, 'fi', 'confirmed')
    await registration(event.id, sv, 'sv', 'confirmed')
    await registration(event.id, en, 'en', 'waitlisted')
    await registration(event.id, pending, 'fi', 'pending')
    await registration(event.id, left, 'en', 'cancelled')

    await cancel(event.id)
    await sendQueued()

    const expected: [string, Locale][] = [
      [fi, 'fi'],
      [sv, 'sv'],
      [en, 'en'],
      [pending, 'fi'],
    ]
    for (const [email, locale] of expected) {
      const mail = messagesTo(email)
      expect(mail, email).toHaveLength(1)
      expect(mail[0]!.subject).toBe(
        translate(locale, 'email.register.eventCancelled.subject', {
          event: `${titles[locale]} ${event.n}`,
        }),
      )
    }
    expect(messagesTo(left)).toHaveLength(0)
    // Whoever had a seat gets the calendar entry again, now saying it is off.
    const ics = messagesTo(sv)[0]!.attachments.find((file) =>
      file.contentType.startsWith('text/calendar'),
    )
    expect(statuses(ics!.content.toString('utf8'))).toEqual(['CANCELLED'])
    expect(messagesTo(en)[0]!.attachments).toHaveLength(0)

    // Saved again, un-cancelled and cancelled once more: nobody hears of it twice.
    await payload.update({
      collection: 'events',
      id: event.id,
      locale: 'fi',
      data: { lead: 'Uusi ingressi' },
    })
    await cancel(event.id, false)
    await cancel(event.id)
    await sendQueued()
    expect(smtp.messages).toHaveLength(4)
  })

  it('closes registration with a 409 in the caller’s language', async () => {
    const event = await publishedEvent(null)
    await cancel(event.id)
    const response = await rest(`events/${event.id}/register`, {
      method: 'POST',
      headers: { 'Accept-Language': 'sv', 'X-Forwarded-For': '198.51.100.7' },
      body: { name: 'Anna', email: address('late'), locale: 'sv', consent: true },
    })
    expect(response.status).toBe(409)
    const body = (await response.json()) as { errors: { message: string }[] }
    expect(body.errors[0]!.message).toBe(translate('sv', 'api.register.cancelled'))
    expect(
      await payload.count({ collection: 'registrations', where: { event: { equals: event.id } } }),
    ).toMatchObject({ totalDocs: 0 })
  })

  it('gives no seat to a confirmation link mailed before the cancellation', async () => {
    const event = await publishedEvent(null)
    const email = address('confirms-late')
    const registered = await rest(`events/${event.id}/register`, {
      method: 'POST',
      headers: { 'X-Forwarded-For': '198.51.100.8' },
      body: { name: 'Myöhäinen', email, locale: 'fi', consent: true },
    })
    expect(registered.status).toBe(202)
    await sendQueued()
    const link = /https?:\/\/\S+\/api\/event-registration\/confirm\?token=[\w.%-]+/
      .exec(messagesTo(email)[0]!.text!)![0]
      .replace('http://localhost:3000/api/', '')
    smtp.messages.length = 0
    // Before the cancellation's email replaces the link's secret: the link still names a pending
    // registration.
    await cancel(event.id)

    const response = await rest(link, {
      method: 'POST',
      headers: { 'Accept-Language': 'fi', Accept: 'application/json' },
    })
    expect(response.status).toBe(409)
    expect(await response.json()).toEqual({ message: translate('fi', 'api.register.cancelled') })
    const { docs } = await payload.find({
      collection: 'registrations',
      where: { email: { equals: email } },
    })
    expect(docs.map((doc) => doc.status)).toEqual(['pending'])
    await sendQueued()
    expect(messagesTo(email).map((mail) => mail.subject)).toEqual([
      translate('fi', 'email.register.eventCancelled.subject', {
        event: `${titles.fi} ${event.n}`,
      }),
    ])
  })

  it('says STATUS:CANCELLED in the calendar feed, and CONFIRMED once it is on again', async () => {
    const event = await publishedEvent(null)
    const feed = async () => {
      const response = await rest(`feeds/fi/events.ics?event=${event.slug}`)
      expect(response.status).toBe(200)
      return statuses(await response.text())
    }
    await cancel(event.id)
    expect(await feed()).toEqual(['CANCELLED'])
    await cancel(event.id, false)
    expect(await feed()).toEqual(['CONFIRMED'])
  })
})

describe('seats freed on an event', () => {
  it('go to the waiting list in order when staff raise the capacity, each told by email', async () => {
    const event = await publishedEvent(1)
    const seated = address('seated')
    const queue = [address('first'), address('second'), address('third')]
    await registration(event.id, seated, 'fi', 'confirmed')
    // Confirmed in the order third, first, second is not the queue: the seat decision time is.
    await registration(event.id, queue[2]!, 'en', 'waitlisted', '2026-01-03T00:00:00.000Z')
    await registration(event.id, queue[0]!, 'sv', 'waitlisted', '2026-01-01T00:00:00.000Z')
    await registration(event.id, queue[1]!, 'en', 'waitlisted', '2026-01-02T00:00:00.000Z')

    await payload.update({ collection: 'events', id: event.id, data: { capacity: 3 } })
    await sendQueued()

    const statusOf = async (email: string) =>
      (
        await payload.find({
          collection: 'registrations',
          where: { and: [{ event: { equals: event.id } }, { email: { equals: email } }] },
        })
      ).docs[0]!.status
    expect(await Promise.all(queue.map(statusOf))).toEqual(['confirmed', 'confirmed', 'waitlisted'])
    expect(messagesTo(queue[0]!).map((mail) => mail.subject)).toEqual([
      translate('sv', 'email.register.promoted.subject', { event: `${titles.sv} ${event.n}` }),
    ])
    expect(messagesTo(queue[1]!)).toHaveLength(1)
    expect(messagesTo(queue[2]!)).toHaveLength(0)
    expect(messagesTo(seated)).toHaveLength(0)
  })

  it('are not given out on a cancelled event', async () => {
    const event = await publishedEvent(1)
    const waiting = address('waiting')
    await registration(event.id, address('seated'), 'fi', 'confirmed')
    await registration(event.id, waiting, 'fi', 'waitlisted')
    await cancel(event.id)
    await payload.update({ collection: 'events', id: event.id, data: { capacity: 5 } })
    const { docs } = await payload.find({
      collection: 'registrations',
      where: { email: { equals: waiting } },
    })
    expect(docs[0]!.status).toBe('waitlisted')
  })
})

describe('a staff save of a registration', () => {
  it('takes the event’s lock before the registration’s, as the registrant’s own paths do', async () => {
    const event = await publishedEvent(2)
    const waiting = await registration(event.id, address('staff'), 'fi', 'waitlisted')
    const pool = appPool(payload)
    const other = await pool.connect()
    try {
      // Another transaction holds the event, as a confirmation or cancellation does first.
      await other.query('BEGIN')
      await other.query(
        `SELECT 1 FROM "${tablesOf(payload, 'events').main}" WHERE id = $1 FOR UPDATE`,
        [event.id],
      )
      const save = payload.update({
        collection: 'registrations',
        id: waiting.id,
        data: { status: 'confirmed' },
      })
      const waitingForLock = async () =>
        Number(
          (
            await pool.query(
              `SELECT count(*) AS n FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock'`,
            )
          ).rows[0].n,
        ) > 0
      const deadline = Date.now() + 15_000
      while (!(await waitingForLock())) {
        if (Date.now() > deadline) throw new Error('the save never waited for the event’s lock')
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
      // It waits holding nothing: the other transaction can still take the registration (with
      // the old order the save held it, and this was a deadlock).
      await other.query(`SET LOCAL lock_timeout = '3s'`)
      await other.query(
        `SELECT 1 FROM "${tablesOf(payload, 'registrations').main}" WHERE id = $1 FOR UPDATE`,
        [waiting.id],
      )
      await other.query('COMMIT')
      expect((await save).status).toBe('confirmed')
    } finally {
      await other.query('ROLLBACK').catch(() => undefined)
      other.release()
    }
  })
})
