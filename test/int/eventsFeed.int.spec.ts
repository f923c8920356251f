import ICAL from 'ical.js'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login, rest } from '../helpers/api'
import { createPartner, keyHeader } from '../helpers/partners'
import { bootPayload } from '../helpers/payload'
import { createUser, testPassword } from '../helpers/users'

let payload: Payload
let cluster: { id: number; slug: string; name: string }

beforeAll(async () => {
  payload = await bootPayload()
  cluster = (await payload.create({
    collection: 'clusters',
    locale: 'fi',
    data: { name: `Kalenteriklusteri ${Date.now()}`, displayOrder: 5 } as never,
  })) as typeof cluster
})

afterAll(async () => {
  await payload.destroy()
})

const day = 86_400_000
// Whole minutes: iCalendar times have no fractions of a second.
const at = (days: number) =>
  new Date(Math.floor((Date.now() + days * day) / 60_000) * 60_000).toISOString()

const event = (title: string, days: number, data: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'events',
    locale: 'fi',
    data: {
      title,
      startsAt: at(days),
      endsAt: at(days + 0.25),
      venue: { name: 'Lapin liitto; sali', address: 'Hallituskatu 20 B, Rovaniemi' },
      _status: 'published',
      ...data,
    } as never,
  })

/** Parses strictly (ical.js throws on a malformed file) and lists the events' summaries. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component))
}

describe('the events calendar feed', () => {
  it('holds upcoming and recent published events of the language, as valid iCalendar', async () => {
    const stamp = Date.now()
    const soon = await event(`Tuleva ${stamp}`, 10, { clusters: [cluster.id] })
    await payload.update({
      collection: 'events',
      id: soon.id,
      locale: 'sv',
      data: { title: `Kommande ${stamp}`, _status: 'published' },
    })
    await event(`Äskettäinen ${stamp}`, -20)
    await event(`Vanha ${stamp}`, -400)
    await payload.create({
      collection: 'events',
      locale: 'fi',
      draft: true,
      data: {
        title: `Luonnos ${stamp}`,
        startsAt: at(5),
        endsAt: at(5.1),
        _status: 'draft',
      } as never,
    })

    const response = await rest('feeds/fi/events.ics')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const text = await response.text()
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true)
    const entries = parse(text).filter((entry) => entry.summary.endsWith(String(stamp)))
    expect(entries.map((entry) => entry.summary)).toEqual([
      `Äskettäinen ${stamp}`,
      `Tuleva ${stamp}`,
    ])
    const upcoming = entries[1]!
    expect(upcoming.startDate.toJSDate().getTime()).toBe(Date.parse(soon.startsAt))
    expect(upcoming.startDate.zone?.tzid).toBe('Europe/Helsinki')
    expect(upcoming.location).toBe('Lapin liitto; sali, Hallituskatu 20 B, Rovaniemi')
    expect(upcoming.uid).toMatch(new RegExp(`^event-${soon.id}@`))

    const swedish = parse(await (await rest('feeds/sv/events.ics')).text())
    const ours = swedish.filter((entry) => entry.summary.endsWith(String(stamp)))
    expect(ours.map((entry) => entry.summary)).toEqual([`Kommande ${stamp}`])
    expect(ours[0]!.component.getFirstPropertyValue('url')).toMatch(/\/sv\/events\/kommande-/)
  })

  it('keeps to one cluster with ?cluster=slug, and refuses an unknown one', async () => {
    const stamp = Date.now()
    await event(`Klusterin ${stamp}`, 3, { clusters: [cluster.id] })
    await event(`Muun ${stamp}`, 3)
    const text = await (await rest(`feeds/fi/events.ics?cluster=${cluster.slug}`)).text()
    const summaries = parse(text).map((entry) => entry.summary)
    expect(summaries).toContain(`Klusterin ${stamp}`)
    expect(summaries).not.toContain(`Muun ${stamp}`)
    expect((await rest('feeds/fi/events.ics?cluster=ei-ole')).status).toBe(404)
  })

  it('gives one event’s own file with ?event=slug, past ones too, and 404 for no such event', async () => {
    const stamp = Date.now()
    const old = await event(`Vanha oma ${stamp}`, -400)
    const response = await rest(`feeds/fi/events.ics?event=${old.slug}`)
    expect(response.status).toBe(200)
    const text = await response.text()
    expect(text).toContain('METHOD:PUBLISH')
    expect(parse(text).map((entry) => entry.summary)).toEqual([`Vanha oma ${stamp}`])
    expect((await rest('feeds/fi/events.ics?event=ei-ole')).status).toBe(404)
  })
})

type JsonFeedItem = {
  id: string
  url: string
  title: string
  summary?: string
  content_text?: string
  content_html?: string
  date_published: string
  date_modified: string
  language: string
  tags: string[]
  _alternates: { language: string; url: string }[]
  _event: {
    startsAt: string
    endsAt: string
    timeZone: string
    format: string
    venue: { name: string | null; address: string | null; mapUrl: string | null } | null
    online: string | null
    registrationOpensAt: string | null
    registrationClosesAt: string
    recordingUrl: string | null
    ics: string
    clusters: { slug: string; name: string | null }[]
  }
}
type JsonFeed = {
  version: string
  title: string
  language: string
  feed_url: string
  home_page_url: string
  items: JsonFeedItem[]
}

const ours = (feed: JsonFeed, stamp: number) =>
  feed.items.filter((item) => item.title.endsWith(String(stamp)))

describe('the events JSON Feed', () => {
  it('holds upcoming and recent published events of the language with their _event', async () => {
    const stamp = Date.now()
    const soon = await event(`Tuleva json ${stamp}`, 10, {
      lead: 'Ingressi & muuta',
      format: 'hybrid',
      onlineUrl: 'https://meet.example.fi/aamu',
      clusters: [cluster.id],
    })
    await payload.update({
      collection: 'events',
      id: soon.id,
      locale: 'sv',
      data: { title: `Kommande json ${stamp}`, _status: 'published' },
    })
    await event(`Äskettäinen json ${stamp}`, -20, { recordingUrl: 'https://video.example.fi/1' })
    await event(`Vanha json ${stamp}`, -400)
    await payload.create({
      collection: 'events',
      locale: 'fi',
      draft: true,
      data: {
        title: `Luonnos json ${stamp}`,
        startsAt: at(5),
        endsAt: at(5.1),
        _status: 'draft',
      } as never,
    })

    const response = await rest('feeds/fi/events.json')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/feed+json; charset=utf-8')
    expect(response.headers.get('etag')).toBeTruthy()
    const feed = (await response.json()) as JsonFeed
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.language).toBe('fi')
    expect(feed.title).toBe('Arctic Smartness -tapahtumat')
    expect(feed.feed_url).toMatch(/\/api\/feeds\/fi\/events\.json$/)
    expect(feed.home_page_url).toMatch(/\/fi\/events$/)
    const items = ours(feed, stamp)
    expect(items.map((item) => item.title)).toEqual([
      `Äskettäinen json ${stamp}`,
      `Tuleva json ${stamp}`,
    ])
    const upcoming = items[1]!
    expect(upcoming.url).toMatch(new RegExp(`/fi/events/${soon.slug}$`))
    expect(upcoming.id).toBe(upcoming.url)
    expect(upcoming.summary).toBe('Ingressi & muuta')
    expect(upcoming.language).toBe('fi')
    expect(Date.parse(upcoming.date_published)).toBe(Date.parse(soon.createdAt))
    expect(upcoming.tags).toEqual([cluster.name])
    expect(upcoming._alternates.map((alternate) => alternate.language)).toEqual(['fi', 'sv'])
    expect(upcoming._event).toEqual({
      startsAt: soon.startsAt,
      endsAt: soon.endsAt,
      timeZone: 'Europe/Helsinki',
      format: 'hybrid',
      venue: { name: 'Lapin liitto; sali', address: 'Hallituskatu 20 B, Rovaniemi', mapUrl: null },
      online: 'https://meet.example.fi/aamu',
      registrationOpensAt: null,
      registrationClosesAt: soon.startsAt,
      recordingUrl: null,
      ics: expect.stringMatching(new RegExp(`/api/feeds/fi/events\\.ics\\?event=${soon.slug}$`)),
      clusters: [{ slug: cluster.slug, name: cluster.name }],
    })
    expect(items[0]!._event.recordingUrl).toBe('https://video.example.fi/1')
    // The calendar file it names is the event's own.
    const ics = await rest(upcoming._event.ics.slice(upcoming._event.ics.indexOf('/api/') + 5))
    expect(parse(await ics.text()).map((entry) => entry.summary)).toEqual([`Tuleva json ${stamp}`])

    const swedish = (await (await rest('feeds/sv/events.json')).json()) as JsonFeed
    expect(swedish.language).toBe('sv')
    const inSwedish = ours(swedish, stamp)
    expect(inSwedish.map((item) => item.title)).toEqual([`Kommande json ${stamp}`])
    expect(inSwedish[0]!.url).toMatch(/\/sv\/events\/kommande-json-/)
    expect(inSwedish[0]!.language).toBe('sv')
  })

  it('keeps to one cluster with ?cluster=slug and refuses what it does not know, in the caller’s language', async () => {
    const stamp = Date.now()
    await event(`Klusterin json ${stamp}`, 3, { clusters: [cluster.id] })
    await event(`Muun json ${stamp}`, 3)
    const feed = (await (
      await rest(`feeds/fi/events.json?cluster=${cluster.slug}`)
    ).json()) as JsonFeed
    expect(feed.title).toBe(`Arctic Smartness -tapahtumat: ${cluster.name}`)
    expect(feed.feed_url).toContain(`events.json?cluster=${cluster.slug}`)
    expect(ours(feed, stamp).map((item) => item.title)).toEqual([`Klusterin json ${stamp}`])

    const refusals: [string, string, number, RegExp][] = [
      ['feeds/fi/events.json?cluster=ei-ole', 'fi', 404, /Tuntemattomat klusterit: ei-ole/],
      ['feeds/fi/events.json?cluster=ei-ole', 'sv', 404, /ei-ole/],
      ['feeds/de/events.json', 'sv', 400, /de/],
      ['feeds/fi/events.json?limit=101', 'en', 400, /100/],
      ['feeds/fi/events.atom', 'fi', 404, /events\.json/],
    ]
    const messages = new Set<string>()
    for (const [path, language, status, message] of refusals) {
      const response = await rest(path, { headers: { 'Accept-Language': language } })
      expect(response.status, path).toBe(status)
      const text = ((await response.json()) as { errors: { message: string }[] }).errors[0]!.message
      expect(text, path).toMatch(message)
      if (path.includes('ei-ole')) messages.add(text)
    }
    // Finnish and Swedish say it differently.
    expect(messages.size).toBe(2)
  })

  it('is cached with an ETag, answers 304, and shows a change to an event at once', async () => {
    const stamp = Date.now()
    const item = await event(`Välimuisti json ${stamp}`, 4, { clusters: [cluster.id] })
    const path = `feeds/fi/events.json?cluster=${cluster.slug}&limit=100`
    const first = await rest(path)
    const etag = first.headers.get('etag')!
    expect(first.headers.get('cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=300',
    )
    expect((await rest(path, { headers: { 'If-None-Match': etag } })).status).toBe(304)
    await payload.update({
      collection: 'events',
      id: item.id,
      locale: 'fi',
      data: { title: `Muutettu json ${stamp}` },
    })
    const after = await rest(path, { headers: { 'If-None-Match': etag } })
    expect(after.status).toBe(200)
    const titles = ours((await after.json()) as JsonFeed, stamp).map((entry) => entry.title)
    expect(titles).toEqual([`Muutettu json ${stamp}`])
  })

  it('keeps to a partner key’s languages and clusters', async () => {
    const stamp = Date.now()
    const other = (await payload.create({
      collection: 'clusters',
      locale: 'fi',
      data: { name: `Toinen klusteri ${stamp}`, displayOrder: 6 } as never,
    })) as { id: number; slug: string }
    await event(`Kumppanin json ${stamp}`, 3, { clusters: [cluster.id] })
    await event(`Toisen json ${stamp}`, 3, { clusters: [other.id] })
    const admin = await createUser(payload, 'admin')
    const token = await login(admin.email, testPassword)
    const { key } = await createPartner(payload, token, {
      scopeLocales: ['fi'],
      scopeClusters: [cluster.id],
    })
    const response = await rest('feeds/fi/events.json', { headers: keyHeader(key) })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toMatch(/^private, /)
    const titles = ours((await response.json()) as JsonFeed, stamp).map((item) => item.title)
    expect(titles).toEqual([`Kumppanin json ${stamp}`])
    expect((await rest('feeds/sv/events.json', { headers: keyHeader(key) })).status).toBe(403)
  })
})
