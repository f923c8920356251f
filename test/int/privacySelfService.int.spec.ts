import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { translate } from '@/i18n'
import { appPool } from '@/platform/database/pool'
import { addressHash } from '@/privacy/addressHash'

import { columnsHolding } from '../helpers/addressSearch'
import { login, rest } from '../helpers/api'
import { publishedEvent } from '../helpers/events'
import { createIssue, issueStatus, publishNews, runQueueUntil } from '../helpers/newsletter'
import { bootPayload } from '../helpers/payload'
import { startSmtpSink, type SmtpSink } from '../helpers/smtp'
import { createUser, testPassword } from '../helpers/users'

let payload: Payload
let smtp: SmtpSink
let editorToken: string

beforeAll(async () => {
  payload = await bootPayload()
  smtp = await startSmtpSink()
  const editor = await createUser(payload, 'editor', 'toimittaja-tietosuoja@example.test')
  editorToken = await login(editor.email, testPassword)
})

afterAll(async () => {
  await smtp.close()
  await payload.destroy()
})

beforeEach(() => {
  smtp.messages.length = 0
})

let counter = 0
const freshAddress = (name: string) => `${name}-${++counter}-${Date.now()}@example.test`
const fromClient = () => ({ 'X-Forwarded-For': `192.0.2.${(counter % 250) + 1}` })
const noJobsLeft = async () => (await payload.count({ collection: 'payload-jobs' })).totalDocs === 0
const sendQueued = () => runQueueUntil(payload, noJobsLeft)
const stored = (email: string) => columnsHolding(appPool(payload), email)

/** The address of one of our pages in a message, as the REST helper takes it. */
function linkIn(text: string, page: string): string {
  const pattern = new RegExp(`https?://\\S+/api/${page}\\?token=[\\w.%-]+`)
  const match = pattern.exec(text)
  if (!match) throw new Error(`no ${page} link in: ${text}`)
  return match[0].replace('http://localhost:3000/api/', '')
}

const lastMessageTo = (email: string): ParsedMail => {
  const found = smtp.messages.filter((message) =>
    [message.to ?? []].flat().some((to) => to.text.includes(email)),
  )
  if (!found.length) throw new Error(`no message to ${email}`)
  return found.at(-1)!
}

/** Both parts of a message link the notice of its kind and, given, the person's own pages. */
function expectPrivacyFooter(message: ParsedMail, kind: string, pages: string[]) {
  const notice = `/privacy/${kind}`
  expect(message.text).toContain(notice)
  expect(message.html).toContain(notice)
  for (const page of pages) {
    expect(linkIn(message.text!, page)).toBe(
      linkIn(String(message.html).replace(/&amp;/g, '&'), page),
    )
  }
}

const json = { Accept: 'application/json' }

describe('a subscriber serves themselves', () => {
  it('downloads everything stored, erases it from every table, and may subscribe again', async () => {
    const email = freshAddress('Tietosuoja')
    const subscribe = () =>
      rest('newsletter/subscribe', {
        method: 'POST',
        body: { email, locale: 'fi', consent: true, source: 'https://example.test/tilaa' },
        headers: fromClient(),
      })
    expect((await subscribe()).status).toBe(202)
    await sendQueued()
    const confirmation = lastMessageTo(email.toLowerCase())
    expectPrivacyFooter(confirmation, 'subscribers', ['newsletter/my-data', 'newsletter/erase'])
    const confirmed = await rest(linkIn(confirmation.text!, 'newsletter/confirm'), {
      method: 'POST',
    })
    expect(confirmed.status).toBe(200)

    const item = await publishNews(payload, { fi: 'Tietosuojauutinen' })
    const issue = await createIssue(payload, { news: [item.id] })
    const send = rest(`newsletters/${issue.id}/send`, {
      method: 'POST',
      body: {},
      token: editorToken,
    })
    expect((await send).status).toBe(202)
    await runQueueUntil(payload, async () => (await issueStatus(payload, issue.id)) === 'sent')
    const newsletter = lastMessageTo(email.toLowerCase())
    expect(newsletter.subject).toBe('Uutiskirje')
    expectPrivacyFooter(newsletter, 'subscribers', ['newsletter/my-data', 'newsletter/erase'])
    const myData = linkIn(newsletter.text!, 'newsletter/my-data')
    const erase = linkIn(newsletter.text!, 'newsletter/erase')

    // A message still waiting names them too.
    const [subscriber] = (
      await payload.find({
        collection: 'subscribers',
        where: { email: { equals: email.toLowerCase() } },
      })
    ).docs
    await payload.jobs.queue({
      task: 'sendConfirmationEmail',
      input: { subscriberId: subscriber!.id },
      waitUntil: new Date(Date.now() + 86_400_000),
    })

    const download = await rest(myData)
    expect(download.status).toBe(200)
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.json"$/)
    const data = await download.json()
    expect(data).toMatchObject({
      email: email.toLowerCase(),
      status: 'confirmed',
      locale: 'fi',
      consent: { version: expect.any(String), source: 'https://example.test/tilaa' },
      consentGivenAt: expect.any(String),
      consentConfirmedAt: expect.any(String),
      statusHistory: [
        { status: 'pending', at: expect.any(String) },
        { status: 'confirmed', at: expect.any(String) },
      ],
      deliveries: [{ issue: { id: issue.id, subject: 'Uutiskirje' }, status: 'sent' }],
      pendingJobs: [{ task: 'sendConfirmationEmail' }],
    })

    // The check below can fail: before erasure it finds the address where it is kept.
    expect(await stored(email)).toEqual(
      expect.arrayContaining(['subscribers.email', 'deliveries.email']),
    )

    // Opening the link (a mail scanner) only shows the button.
    const page = await rest(erase)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(await page.text()).toContain('<form method="post"')
    expect(await stored(email)).not.toEqual([])

    const erased = await rest(erase, { method: 'POST' })
    expect(erased.status).toBe(200)
    expect(await erased.text()).toContain(translate('fi', 'page.erase.done').slice(0, 20))
    expect(await stored(email)).toEqual([])
    const waiting = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'sendConfirmationEmail' } },
    })
    expect(waiting.docs).toEqual([])

    const { docs: tombstones } = await payload.find({
      collection: 'erasures',
      where: { addressHash: { equals: addressHash(email) } },
    })
    expect(tombstones).toEqual([
      expect.objectContaining({
        kind: 'subscriber',
        formerId: subscriber!.id,
        consentGivenAt: data.consentGivenAt,
        consentConfirmedAt: data.consentConfirmedAt,
        consentVersion: data.consent.version,
        requestedBy: 'self',
        erasedAt: expect.any(String),
      }),
    ])

    // Every link of theirs is gone, said in the caller's language.
    for (const [path, method] of [
      [myData, 'GET'],
      [erase, 'POST'],
      [linkIn(newsletter.text!, 'newsletter/unsubscribe'), 'POST'],
      [linkIn(newsletter.text!, 'newsletter/manage'), 'GET'],
      [linkIn(confirmation.text!, 'newsletter/confirm'), 'POST'],
    ] as const) {
      const gone = await rest(path, { method, headers: { ...json, 'Accept-Language': 'sv' } })
      expect(gone.status, path).toBe(410)
      expect(await gone.json()).toEqual({ message: translate('sv', 'page.erase.gone') })
    }

    expect((await subscribe()).status).toBe(202)
    await sendQueued()
    const again = lastMessageTo(email.toLowerCase())
    expect(again.subject).toBe(translate('fi', 'email.confirm.subject'))
    expect((await rest(linkIn(again.text!, 'newsletter/confirm'), { method: 'POST' })).status).toBe(
      200,
    )
    expect(
      (
        await payload.find({
          collection: 'subscribers',
          where: { email: { equals: email.toLowerCase() } },
        })
      ).docs[0],
    ).toMatchObject({ status: 'confirmed' })
  })

  it('refuses a forged link with 400 and leaves everyone as they were', async () => {
    const before = await payload.count({ collection: 'erasures' })
    for (const method of ['GET', 'POST'] as const) {
      const forged = await rest('newsletter/erase?token=eyJ9.forged', { method, headers: json })
      expect(forged.status).toBe(400)
    }
    expect((await rest('newsletter/my-data?token=x', { headers: json })).status).toBe(400)
    expect(await payload.count({ collection: 'erasures' })).toEqual(before)
  })
})

const startsAt = new Date(Date.now() + 10 * 86_400_000)
const openEvent = (title: string) => publishedEvent(payload, startsAt, title, { capacity: 1 })

async function registerAndConfirm(event: number, email: string) {
  const response = await rest(`events/${event}/register`, {
    method: 'POST',
    body: {
      name: 'Maija Mäkelä',
      email,
      organisation: 'Mäkelän Paja',
      locale: 'fi',
      consent: true,
    },
    headers: fromClient(),
  })
  expect(response.status).toBe(202)
  await sendQueued()
  const confirm = linkIn(lastMessageTo(email).text!, 'event-registration/confirm')
  expect((await rest(confirm, { method: 'POST' })).status).toBe(200)
  await sendQueued()
  return lastMessageTo(email)
}

const statusOf = async (email: string) =>
  (await payload.find({ collection: 'registrations', where: { email: { equals: email } } })).docs[0]
    ?.status

describe('a registrant serves themselves', () => {
  it('downloads their registration and erases it from the email link; the seat goes to the next', async () => {
    const event = await openEvent('Tietosuojatyöpaja')
    const first = freshAddress('osallistuja')
    const second = freshAddress('jonottaja')
    const seated = await registerAndConfirm(event.id, first)
    await registerAndConfirm(event.id, second)
    expect([await statusOf(first), await statusOf(second)]).toEqual(['confirmed', 'waitlisted'])
    expectPrivacyFooter(seated, 'registrants', [
      'event-registration/my-data',
      'event-registration/erase',
    ])

    // An editor's message to them, sent: the download lists it, and its row holds the address.
    const [registration] = (
      await payload.find({ collection: 'registrations', where: { email: { equals: first } } })
    ).docs
    await appPool(payload).query(
      `INSERT INTO deliveries (kind, event_id, registration_id, email, locale, once_key, subject,
         body, status, attempts, sent_at, updated_at, created_at)
       VALUES ('message', $1, $2, $3, 'fi', $4, 'Pysäköinti', 'Pysäköi pihalle.', 'sent', 1,
         now(), now(), now())`,
      [event.id, registration!.id, first, `message:privacy:${registration!.id}`],
    )
    const download = await rest(linkIn(seated.text!, 'event-registration/my-data'))
    expect(download.status).toBe(200)
    expect(download.headers.get('content-disposition')).toMatch(/^attachment;/)
    expect(await download.json()).toMatchObject({
      email: first,
      name: 'Maija Mäkelä',
      organisation: 'Mäkelän Paja',
      status: 'confirmed',
      event: { id: event.id, title: 'Tietosuojatyöpaja' },
      consent: { version: expect.any(String) },
      consentGivenAt: expect.any(String),
      consentConfirmedAt: expect.any(String),
      deliveries: [
        { kind: 'message', subject: 'Pysäköinti', email: first, status: 'sent', attempts: 1 },
      ],
    })
    expect(await stored(first)).toEqual(
      expect.arrayContaining(['registrations.email', 'deliveries.email']),
    )

    const erase = linkIn(seated.text!, 'event-registration/erase')
    const page = await rest(erase)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Tietosuojatyöpaja')
    expect(await statusOf(first)).toBe('confirmed')

    smtp.messages.length = 0
    expect((await rest(erase, { method: 'POST' })).status).toBe(200)
    expect(await stored(first)).toEqual([])
    expect(await statusOf(second)).toBe('confirmed')
    await sendQueued()
    expect(smtp.recipients()).toEqual([second])
    expect(lastMessageTo(second).subject).toBe(
      translate('fi', 'email.register.promoted.subject', { event: 'Tietosuojatyöpaja' }),
    )

    const gone = await rest(erase, { method: 'POST', headers: json })
    expect(gone.status).toBe(410)
    expect((await rest(linkIn(seated.text!, 'event-registration/my-data'))).status).toBe(410)
    // Only the genuine link learns that: a made-up secret for the same id is just not valid.
    const id = erase.split('token=')[1]!.split('.')[0]
    const guessed = `event-registration/my-data?token=${id}.${'a'.repeat(32)}`
    expect((await rest(guessed)).status).toBe(400)
    const { docs } = await payload.find({
      collection: 'erasures',
      where: { addressHash: { equals: addressHash(first) } },
    })
    expect(docs).toEqual([expect.objectContaining({ kind: 'registrant', requestedBy: 'self' })])
  })
})
