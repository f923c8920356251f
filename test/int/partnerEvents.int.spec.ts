import { readFileSync } from 'node:fs'

import ICAL from 'ical.js'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Cluster, Event } from '@/payload-types'
import { seed } from '@/seed'

import { graphql, login, rest } from '../helpers/api'
import { createPartner, keyHeader } from '../helpers/partners'
import { bootPayload } from '../helpers/payload'
import { createUser, testPassword } from '../helpers/users'

/**
 * docs/partners.md "Events on a partner site", as a partner site would follow it: the requests
 * are read from that section and sent as written, with a real key, against the seeded event.
 */
const section = (() => {
  const text = readFileSync(new URL('../../docs/partners.md', import.meta.url), 'utf8')
  const start = text.indexOf('## Events on a partner site')
  return text.slice(start, text.indexOf('\n## ', start + 1))
})()

/** Each `curl` of the section's shell block: its address under /api/ and whether it sends the key. */
const documented = (() => {
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!
  return block
    .split('\n')
    .filter((line) => line.startsWith('curl '))
    .map((line) => ({
      path: /"http:\/\/localhost:3000\/api\/([^"]+)"/.exec(line)![1]!,
      withKey: line.includes('-H "$KEY"'),
    }))
})()

// As `date -u +%FT%TZ` writes them.
const shellTime = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z')
const day = 86_400_000

let payload: Payload
let key: string
let design: Cluster
let demo: Event
const registrant = `ilmoittautuja-${Date.now()}@example.fi`
const titles: Record<string, string> = {}

/** A documented request, with the shell's variables filled in as the section sets them. */
function send(index: number, init: { headers?: Record<string, string>; key?: boolean } = {}) {
  const { path, withKey } = documented[index]!
  const now = new Date()
  const filled = path
    .replace('$NOW', shellTime(now))
    .replace('$MONTH', shellTime(new Date(now.getTime() + 30 * day)))
  const sendKey = init.key ?? withKey
  return rest(filled, { headers: { ...(sendKey ? keyHeader(key) : {}), ...init.headers } })
}

type Page = { docs: Event[] }
const titlesOf = (page: Page) => page.docs.map((event) => event.title)

async function event(
  name: string,
  days: number,
  cluster: Cluster,
  { english, draft }: { english?: boolean; draft?: boolean } = {},
) {
  const stamp = Date.now()
  const startsAt = new Date(Date.now() + days * day).toISOString()
  const endsAt = new Date(Date.now() + days * day + 3_600_000).toISOString()
  const created = await payload.create({
    collection: 'events',
    locale: 'fi',
    draft,
    data: {
      title: `${name} ${stamp}`,
      startsAt,
      endsAt,
      clusters: [cluster.id],
      _status: draft ? 'draft' : 'published',
    } as never,
  })
  if (english) {
    await payload.update({
      collection: 'events',
      id: created.id,
      locale: 'en',
      data: { title: `${name} (en) ${stamp}`, _status: 'published' },
    })
  }
  titles[name] = `${name} ${stamp}`
  titles[`${name} (en)`] = `${name} (en) ${stamp}`
  return created
}

beforeAll(async () => {
  payload = await bootPayload()
  await seed(payload)
  const cluster = async (slug: string) =>
    (await payload.find({ collection: 'clusters', where: { slug: { equals: slug } } })).docs[0]!
  design = await cluster('arctic-design')
  const safety = await cluster('arctic-safety')
  demo = (
    await payload.find({
      collection: 'events',
      locale: 'fi',
      where: { slug: { equals: 'demo-klusteriaamu-yrityksille' } },
    })
  ).docs[0]!

  await event('Muotoilun kuukausi', 10, design, { english: true })
  await event('Muotoilun kaukainen', 60, design, { english: true })
  await event('Muotoilun mennyt', -2, design)
  await event('Muotoilun luonnos', 5, design, { draft: true })
  await event('Turvallisuuden', 5, safety, { english: true })

  const admin = await createUser(payload, 'admin')
  const token = await login(admin.email, testPassword)
  ;({ key } = await createPartner(payload, token, {
    scopeClusters: [design.id],
    scopeLocales: ['fi', 'en'],
  }))
  // Someone registered for the seeded event: the key must never reach them.
  const registered = await rest(`events/${demo.id}/register`, {
    method: 'POST',
    body: { name: 'Ilmo Ittautuja', email: registrant, locale: 'fi', consent: true },
  })
  expect(registered.status).toBe(202)
})

afterAll(async () => {
  await payload.destroy()
})

describe('docs/partners.md, events on a partner site', () => {
  it('documents five requests, each with the key: three lists and two feeds', () => {
    expect(documented.map(({ path }) => path.split('?')[0])).toEqual([
      'events',
      'events',
      'events',
      'feeds/fi/events.json',
      'feeds/fi/events.ics',
    ])
    expect(documented.every(({ withKey }) => withKey)).toBe(true)
  })

  it('lists the upcoming events of the cluster, soonest first, with or without the key', async () => {
    const response = await send(0)
    expect(response.status).toBe(200)
    const page = (await response.json()) as Page
    const shown = titlesOf(page)
    expect(shown).toContain('Demo: Klusteriaamu yrityksille')
    expect(shown).toContain(titles['Muotoilun kuukausi'])
    expect(shown).toContain(titles['Muotoilun kaukainen'])
    for (const absent of ['Muotoilun mennyt', 'Muotoilun luonnos', 'Turvallisuuden']) {
      expect(shown).not.toContain(titles[absent])
    }
    const starts = page.docs.map((doc) => Date.parse(doc.startsAt))
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    expect(page.docs.every((doc) => doc.startsAt_tz === 'Europe/Helsinki')).toBe(true)

    // Cached as the docs say, and the same filters pass the query guard without a key.
    const etag = response.headers.get('etag')!
    expect(etag).toBeTruthy()
    expect((await send(0, { headers: { 'If-None-Match': etag } })).status).toBe(304)
    const anonymous = await send(0, { key: false })
    expect(anonymous.status).toBe(200)
    expect(titlesOf((await anonymous.json()) as Page)).toEqual(shown)
  })

  it('keeps a key to its clusters, and a cluster can be asked for by id too', async () => {
    const byId = await rest(
      `events?locale=fi&where[_status][equals]=published&where[clusters][in]=${design.id}&sort=startsAt`,
      { headers: keyHeader(key) },
    )
    expect(byId.status).toBe(200)
    expect(titlesOf((await byId.json()) as Page)).toContain(titles['Muotoilun kuukausi'])
    // Without a cluster filter the key still reads its own clusters' events only.
    const all = await rest('events?locale=fi&where[_status][equals]=published&limit=100', {
      headers: keyHeader(key),
    })
    expect(titlesOf((await all.json()) as Page)).not.toContain(titles['Turvallisuuden'])
  })

  it('lists the next 30 days in English with nothing filled in from Finnish', async () => {
    const response = await send(1)
    expect(response.status).toBe(200)
    const shown = titlesOf((await response.json()) as Page)
    expect(shown).toContain(titles['Muotoilun kuukausi (en)'])
    expect(shown).not.toContain(titles['Muotoilun kaukainen (en)'])
    expect(shown).not.toContain(titles['Turvallisuuden (en)'])
    expect(shown.some((title) => title === titles['Muotoilun kuukausi'])).toBe(false)
  })

  it('reads one event for the partner’s page, with the link to register and Helsinki times', async () => {
    const response = await send(2)
    expect(response.status).toBe(200)
    const { docs } = (await response.json()) as Page
    expect(docs.map((doc) => doc.id)).toEqual([demo.id])
    const [found] = docs
    // The registration link of the docs: our page's form, in the partner's language.
    const page = found!.alternates!.find((alternate) => alternate.locale === 'fi')!.url
    expect(page).toMatch(/\/fi\/events\/demo-klusteriaamu-yrityksille$/)
    const source = readFileSync(
      new URL('../../src/app/(site)/[locale]/events/[slug]/page.tsx', import.meta.url),
      'utf8',
    )
    expect(section).toContain("+ '#register-heading'")
    expect(source).toContain('id="register-heading"')
    // The seeded event starts at 9.00 Finnish time, as the docs' formatter shows it.
    const helsinki = new Intl.DateTimeFormat('fi-FI', {
      timeZone: 'Europe/Helsinki',
      dateStyle: 'long',
      timeStyle: 'short',
    })
    expect(helsinki.format(new Date(found!.startsAt))).toMatch(/ klo 9\.00$/)
    expect(section).toContain(helsinki.format(new Date('2027-01-02T07:00:00.000Z')))
  })

  it('gives the same events as a JSON Feed and as a calendar', async () => {
    const json = await send(3)
    expect(json.status).toBe(200)
    const feed = (await json.json()) as {
      items: { url: string; title: string; _event: { clusters: { slug: string }[]; ics: string } }[]
    }
    const item = feed.items.find((entry) =>
      entry.url.endsWith('/fi/events/demo-klusteriaamu-yrityksille'),
    )
    expect(item?._event.clusters.map((cluster) => cluster.slug)).toContain('arctic-design')
    expect(item?._event.ics).toMatch(
      /\/api\/feeds\/fi\/events\.ics\?event=demo-klusteriaamu-yrityksille$/,
    )
    expect(feed.items.map((entry) => entry.title)).not.toContain(titles['Turvallisuuden'])

    const calendar = await send(4)
    expect(calendar.status).toBe(200)
    expect(calendar.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const parsed = new ICAL.Component(ICAL.parse(await calendar.text()))
    const summaries = parsed
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component).summary)
    expect(summaries).toContain('Demo: Klusteriaamu yrityksille')
    expect(summaries).not.toContain(titles['Turvallisuuden'])
  })

  it('takes a registration sent from a visitor’s browser on the partner’s site, without the key', async () => {
    const response = await rest(`events/${demo.id}/register`, {
      method: 'POST',
      headers: { Origin: 'https://klusteri.example.fi', 'Accept-Language': 'fi' },
      body: {
        name: 'Vieras Selain',
        email: `selain-${Date.now()}@example.fi`,
        organisation: 'Testi Oy',
        locale: 'fi',
        consent: true,
      },
    })
    expect(response.status).toBe(202)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('never lets the key reach a registrant', async () => {
    const [registration] = (
      await payload.find({ collection: 'registrations', where: { email: { equals: registrant } } })
    ).docs
    expect(registration).toBeDefined()
    for (const path of [
      'registrations',
      `registrations/${registration!.id}`,
      `registrations?where[email][equals]=${encodeURIComponent(registrant)}`,
      `events/${demo.id}/attendees.csv`,
    ]) {
      const response = await rest(path, { headers: keyHeader(key) })
      expect(response.status, path).toBe(403)
      expect(await response.text(), path).not.toContain(registrant)
    }
    const answer = await graphql('{ Registrations { docs { email } } }', {
      headers: keyHeader(key),
    })
    const text = await answer.text()
    expect(text).not.toContain(registrant)
    expect(JSON.parse(text).errors?.length).toBeGreaterThan(0)
    // Nor does any documented answer carry one.
    for (const index of documented.keys()) {
      expect(await (await send(index)).text()).not.toContain(registrant)
    }
  })
})
