import ICAL from 'ical.js'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rest } from '../helpers/api'
import { bootPayload } from '../helpers/payload'

let payload: Payload
let cluster: { id: number; slug: string }

beforeAll(async () => {
  payload = await bootPayload()
  cluster = (await payload.create({
    collection: 'clusters',
    locale: 'fi',
    data: { name: `Kalenteriklusteri ${Date.now()}`, displayOrder: 5 } as never,
  })) as { id: number; slug: string }
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
