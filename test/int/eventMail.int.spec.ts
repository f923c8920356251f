import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { planEventMail } from '@/jobs/planEventMail'
import { appPool } from '@/platform/database/pool'

import { login, rest } from '../helpers/api'
import { publishedEvent, registrant } from '../helpers/events'
import { runQueueUntil } from '../helpers/newsletter'
import { bootPayload } from '../helpers/payload'
import { startSmtpSink, type SmtpSink } from '../helpers/smtp'
import { createUser, testPassword } from '../helpers/users'

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

const noJobsLeft = async () => (await payload.count({ collection: 'payload-jobs' })).totalDocs === 0
let counter = 0

async function eventWith(startsAt: Date, statuses: Record<string, 'fi' | 'sv' | 'en'>[]) {
  const event = await publishedEvent(payload, startsAt, `Muistutettava ${++counter}`)
  const people = []
  for (const [index, entry] of statuses.entries()) {
    const [status, locale] = Object.entries(entry)[0]!
    const email = `r${counter}-${index}-${status}@example.test`
    people.push(await registrant(payload, event, { email, locale, status: status as never }))
  }
  return { event, people }
}

/** The event's delivery rows, as kind and status. */
const rowsOf = async (event: number) =>
  (
    await appPool(payload).query<{ kind: string; status: string }>(
      `SELECT kind, status FROM deliveries WHERE event_id = $1`,
      [event],
    )
  ).rows
const statusesOf = async (event: number) => (await rowsOf(event)).map((row) => row.status)

/** An editor's change to the event in Finnish. */
const changeEvent = (id: number, data: Record<string, unknown>) =>
  payload.update({ collection: 'events', id, locale: 'fi', data: data as never })

const to = (email: string) =>
  smtp.messages.filter((m) => [m.to ?? []].flat().some((t) => t.text.includes(email)))

describe('event reminders', () => {
  it('go once to each confirmed registrant, in their language, however often planned', async () => {
    const now = new Date()
    const { event, people } = await eventWith(new Date(now.getTime() + 3 * 3_600_000), [
      { confirmed: 'fi' },
      { confirmed: 'sv' },
      { waitlisted: 'fi' },
      { cancelled: 'en' },
    ])
    smtp.messages.length = 0
    // Two planners at once (two workers), then again.
    await Promise.all([planEventMail(payload, now), planEventMail(payload, now)])
    await planEventMail(payload, now)
    await runQueueUntil(payload, noJobsLeft)
    const [fi, sv, waitlisted, cancelled] = people
    expect(to(fi!.email)).toHaveLength(1)
    expect(to(sv!.email)).toHaveLength(1)
    expect(to(waitlisted!.email)).toHaveLength(0)
    expect(to(cancelled!.email)).toHaveLength(0)
    expect(to(fi!.email)[0]!.subject).toContain('Muistutus')
    expect(to(sv!.email)[0]!.subject).toContain('Påminnelse')
    expect(to(sv!.email)[0]!.text).toContain('/api/event-registration/cancel?token=')
    expect(to(sv!.email)[0]!.text).toContain('events.ics?event=')
    const { rows } = await appPool(payload).query(
      `SELECT count(*)::int AS n FROM deliveries WHERE event_id = $1`,
      [event.id],
    )
    expect(rows[0].n).toBe(2)
  })

  it('a follow-up goes only once the recording is set', async () => {
    const now = new Date()
    const { event, people } = await eventWith(new Date(now.getTime() - 5 * 3_600_000), [
      { attended: 'en' },
    ])
    smtp.messages.length = 0
    await planEventMail(payload, now)
    await runQueueUntil(payload, noJobsLeft)
    expect(to(people[0]!.email)).toHaveLength(0)
    await changeEvent(event.id, { recordingUrl: 'https://example.test/recording' })
    await planEventMail(payload, now)
    await planEventMail(payload, now)
    await runQueueUntil(payload, noJobsLeft)
    expect(to(people[0]!.email)).toHaveLength(1)
    expect(to(people[0]!.email)[0]!.text).toContain('https://example.test/recording')
  })
})

describe('a cancelled event', () => {
  const cancel = (id: number) => changeEvent(id, { cancelled: true })

  it('gets no reminder or follow-up, even one planned before the cancellation', async () => {
    const now = new Date()
    const soon = new Date(now.getTime() + 3 * 3_600_000)
    const before = await eventWith(soon, [{ confirmed: 'fi' }])
    const planned = await eventWith(soon, [{ confirmed: 'sv' }])
    const ended = await eventWith(new Date(now.getTime() - 5 * 3_600_000), [{ attended: 'en' }])
    await changeEvent(ended.event.id, { recordingUrl: 'https://example.test/recording' })
    await cancel(before.event.id)
    await cancel(ended.event.id)
    await runQueueUntil(payload, noJobsLeft)
    smtp.messages.length = 0
    await planEventMail(payload, now)
    // Planned, and its sending queued, before the editor cancels it.
    expect(await rowsOf(planned.event.id)).toEqual([{ kind: 'reminder', status: 'queued' }])
    await cancel(planned.event.id)
    await runQueueUntil(payload, noJobsLeft)
    expect(await rowsOf(before.event.id)).toEqual([])
    expect(await rowsOf(ended.event.id)).toEqual([])
    expect(await rowsOf(planned.event.id)).toEqual([{ kind: 'reminder', status: 'skipped' }])
    const people = [before, planned, ended].map(({ people }) => people[0]!.email)
    const mail = people.flatMap((email) => to(email).map((message) => message.subject))
    expect(mail.filter((subject) => /Muistutus|Påminnelse|Thank you/.test(subject ?? ''))).toEqual(
      [],
    )
  })
})

describe('a reminder', () => {
  it('is not sent for an event unpublished after its planning', async () => {
    const now = new Date()
    const { event, people } = await eventWith(new Date(now.getTime() + 3 * 3_600_000), [
      { confirmed: 'fi' },
    ])
    await runQueueUntil(payload, noJobsLeft)
    smtp.messages.length = 0
    await planEventMail(payload, now)
    expect(await statusesOf(event.id)).toEqual(['queued'])
    await changeEvent(event.id, { _status: 'draft' })
    await runQueueUntil(payload, noJobsLeft)
    expect(await statusesOf(event.id)).toEqual(['skipped'])
    expect(to(people[0]!.email)).toHaveLength(0)
  })

  it('is not sent to someone whose seat was given inside the reminder window', async () => {
    const now = new Date()
    const { event, people } = await eventWith(new Date(now.getTime() + 3 * 3_600_000), [
      { confirmed: 'fi' },
      { confirmed: 'sv' },
    ])
    const [early, late] = people
    const decided = (id: number, at: Date) =>
      appPool(payload).query(`UPDATE registrations SET seat_decided_at = $2 WHERE id = $1`, [
        id,
        at,
      ])
    await decided(early!.id, new Date(now.getTime() - 3 * 86_400_000))
    await decided(late!.id, new Date(now.getTime() - 3_600_000))
    await runQueueUntil(payload, noJobsLeft)
    smtp.messages.length = 0
    await planEventMail(payload, now)
    await runQueueUntil(payload, noJobsLeft)
    expect(to(early!.email)).toHaveLength(1)
    expect(to(late!.email)).toHaveLength(0)
    expect(await statusesOf(event.id)).toEqual(['sent'])
  })
})

describe('POST /api/events/:id/message', () => {
  it('refuses others and form posts, and sends one message per registrant', async () => {
    const now = new Date()
    const { event, people } = await eventWith(new Date(now.getTime() + 10 * 86_400_000), [
      { confirmed: 'fi' },
      { attended: 'en' },
      { waitlisted: 'sv' },
    ])
    const editor = await createUser(payload, 'editor', `viestit-${counter}@example.test`)
    const translator = await createUser(payload, 'translator', `kaantaja-${counter}@example.test`)
    const token = await login(editor.email, testPassword)
    const path = `events/${event.id}/message`
    const body = { subject: 'Pysäköinti', body: 'Pysäköinti on <b>takapihalla</b>.' }
    expect((await rest(path, { method: 'POST', body })).status).toBe(403)
    const translatorToken = await login(translator.email, testPassword)
    expect((await rest(path, { method: 'POST', body, token: translatorToken })).status).toBe(403)
    expect((await rest(path, { method: 'POST', body: [], token })).status).toBe(400)
    expect((await rest(path, { method: 'POST', body: {}, token })).status).toBe(400)
    smtp.messages.length = 0
    const sent = await rest(path, { method: 'POST', body, token })
    expect(sent.status).toBe(202)
    await runQueueUntil(payload, noJobsLeft)
    expect(to(people[0]!.email)).toHaveLength(1)
    expect(to(people[1]!.email)).toHaveLength(1)
    expect(to(people[2]!.email)).toHaveLength(0)
    expect(to(people[0]!.email)[0]!.html).toContain('&lt;b&gt;takapihalla')
    const audit = await payload.count({
      collection: 'audit-log',
      where: { action: { equals: 'messageAttendees' }, targetId: { equals: String(event.id) } },
    })
    expect(audit.totalDocs).toBe(1)
  })
})
