import { readFile } from 'node:fs/promises'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Registration } from '@/payload-types'

import { untranslatedHere } from '../helpers/adminText'
import { ensureChromium, launchChromium, phoneDevice, screenshot } from '../helpers/browser'
import { buildingHookTimeout } from '../helpers/productionBuild'
import { startSite, type Site } from '../helpers/site'
import { testPassword } from '../helpers/users'

/**
 * At the door, on a phone, in Finnish: the demo event's edit view shows its attendees with
 * their statuses and the seat count, and a tap checks one in (and undoes it), with no raw key
 * or English on the page; the CSV downloads with the admin's own cookie; a message to them goes
 * out after a last question.
 */
const chromium = await ensureChromium()
const admin = { email: 'attendees-walk@example.test', password: testPassword }

let server: Site
let browser: Browser
let event: number
let aino: number

const people: [string, Registration['status']][] = [
  ['Aino Ahola', 'confirmed'],
  ['Bertta Berg', 'waitlisted'],
  ['Cecilia Carlsson', 'attended'],
  ['Daniel Dahl', 'cancelled'],
  ['Eero Eskola', 'pending'],
]

beforeAll(async () => {
  if (!chromium.ok) return
  server = await startSite({ admin })
  const { payload } = server
  const { docs } = await payload.find({
    collection: 'events',
    locale: 'fi',
    where: { slug: { equals: 'demo-klusteriaamu-yrityksille' } },
    depth: 0,
  })
  const demo = docs[0]!
  event = demo.id
  for (const [name, status] of people) {
    const created = await payload.create({
      collection: 'registrations',
      data: {
        event,
        name,
        email: `${name.split(' ')[0]!.toLowerCase()}@example.test`,
        organisation: 'Lapin Matkailu Oy',
        locale: 'fi',
        status,
        clusters: demo.clusters as number[],
      },
    })
    if (name === 'Aino Ahola') aino = created.id
  }
  // Another event's registration, which the event's own list must leave out.
  const { docs: others } = await payload.find({
    collection: 'events',
    where: { id: { not_equals: event } },
    limit: 1,
    depth: 0,
  })
  await payload.create({
    collection: 'registrations',
    data: {
      event: others[0]!.id,
      name: 'Fanni Forsström',
      email: 'fanni@example.test',
      locale: 'sv',
      status: 'confirmed',
      clusters: others[0]!.clusters as number[],
    },
  })
  browser = await launchChromium()
}, buildingHookTimeout)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function signInOnPhone(): Promise<Page> {
  const context = await browser.newContext({ locale: 'fi-FI', ...phoneDevice })
  const page = await context.newPage()
  page.setDefaultTimeout(90_000)
  await page.goto(`${server.baseUrl}/admin/login`)
  await page.fill('input[name="email"]', admin.email)
  await page.fill('input[name="password"]', admin.password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin(?!\/login)/)
  return page
}

const countOf = (page: Page, name: string) => page.locator(`[data-count="${name}"] dd`).innerText()

/**
 * The edit view, scrolled to the attendees as a person would: Payload renders a collapsible's
 * fields only once they come into view.
 */
async function openAttendees(page: Page, path: string, shot: string) {
  await page.goto(`${server.baseUrl}${path}`)
  await page.locator('.template-default').waitFor()
  await page.getByText('Ilmoittautuminen', { exact: true }).first().scrollIntoViewIfNeeded()
  await page.locator('section.event-attendees li').first().scrollIntoViewIfNeeded()
  return untranslatedHere(page, path, shot)
}

const statusOf = async () =>
  (await server.payload.findByID({ collection: 'registrations', id: aino, depth: 0 })).status

describe.skipIf(!chromium.ok)('the demo event’s attendees in the Finnish admin, on a phone', () => {
  it('lists them with their statuses and the seats, and checks one in and back', async () => {
    const page = await signInOnPhone()
    const path = `/admin/collections/events/${event}`
    const problems = await openAttendees(page, path, 'admin-fi-attendees')
    expect(problems).toEqual([])
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    )
    expect(sideways).toBeLessThanOrEqual(1)

    const section = page.locator('section.event-attendees')
    expect(await section.locator('h3').innerText()).toBe('Osallistujat')
    const rows = section.locator('li')
    expect(await rows.count()).toBe(people.length)
    const statuses = await rows.locator('.event-attendees__status').allInnerTexts()
    expect(statuses.sort()).toEqual(
      ['Jonossa', 'Odottaa vahvistusta', 'Osallistui', 'Peruttu', 'Vahvistettu'].sort(),
    )
    expect([
      await countOf(page, 'capacity'),
      await countOf(page, 'confirmed'),
      await countOf(page, 'attended'),
      await countOf(page, 'left'),
      await countOf(page, 'waitlisted'),
    ]).toEqual(['20', '2', '1', '18', '1'])
    expect(await section.locator('dt').allInnerTexts()).toEqual([
      'Paikkoja',
      'Vahvistettuja',
      'Saapuneita',
      'Vapaita paikkoja',
      'Jonossa',
    ])

    await section.getByLabel('Hae nimellä, sähköpostilla tai organisaatiolla').fill('aino')
    await expect.poll(() => rows.count()).toBe(1)
    await section.getByRole('button', { name: 'Merkitse Aino Ahola saapuneeksi' }).tap()
    await expect.poll(statusOf, { timeout: 30_000 }).toBe('attended')
    await section.getByRole('button', { name: 'Peru henkilön Aino Ahola saapuminen' }).waitFor()
    await section.getByLabel('Hae nimellä, sähköpostilla tai organisaatiolla').fill('')
    await expect.poll(() => countOf(page, 'attended')).toBe('2')
    await screenshot(page, 'admin-fi-attendees-checked-in')
    expect(await openAttendees(page, path, 'admin-fi-attendees-after')).toEqual([])

    await section.getByRole('button', { name: 'Peru henkilön Aino Ahola saapuminen' }).tap()
    await expect.poll(statusOf, { timeout: 30_000 }).toBe('confirmed')

    // The download is the browser's own: a link, with the admin's login cookie.
    const downloading = page.waitForEvent('download')
    await section.getByRole('link', { name: 'Lataa osallistujat (CSV)' }).tap()
    const csv = await readFile((await (await downloading).path())!, 'utf8')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv).toContain('Aino Ahola')
    expect(csv).toContain('Vahvistettu')

    // Payload's own list, filtered to the event, for sorting and editing one registration.
    await section.getByRole('link', { name: 'Avaa ilmoittautumisten listassa' }).tap()
    await page.waitForURL(/\/admin\/collections\/registrations\?/)
    await expect.poll(() => page.locator('.table tbody tr').count()).toBe(people.length)
    expect(await page.locator('.table').innerText()).not.toContain('Fanni Forsström')
    const listPath = new URL(page.url()).pathname
    expect(await untranslatedHere(page, listPath, 'admin-fi-attendees-list')).toEqual([])
    await page.context().close()
  }, 600_000)

  it('messages the confirmed and checked-in attendees after a last question, in Finnish', async () => {
    const page = await signInOnPhone()
    const path = `/admin/collections/events/${event}`
    expect(await openAttendees(page, path, 'admin-fi-attendees-message')).toEqual([])
    const panel = page.getByRole('region', { name: 'Viesti osallistujille' })
    await panel.scrollIntoViewIfNeeded()
    const send = panel.getByRole('button', { name: 'Lähetä viesti…' })
    expect(await send.isDisabled()).toBe(true)
    await panel.getByLabel('Aihe', { exact: true }).fill('Pysäköinti <huomenna>')
    await panel.getByLabel('Viesti', { exact: true }).fill('Pysäköikää & tulkaa sisään pääovesta.')
    const statuses = panel.getByRole('group', { name: 'Vastaanottajat' })
    expect(await statuses.getByRole('checkbox', { name: 'Vahvistettu' }).isChecked()).toBe(true)
    expect(await statuses.getByRole('checkbox', { name: 'Osallistui' }).isChecked()).toBe(true)
    expect(await statuses.getByRole('checkbox', { name: 'Jonossa' }).isChecked()).toBe(false)

    // The first tap only asks; saying no sends nothing.
    await send.tap()
    const question = panel.getByText('Lähetetäänkö tämä viesti sähköpostilla 2 henkilölle?')
    await question.waitFor()
    expect(await untranslatedHere(page, path, 'admin-fi-attendees-message-confirm')).toEqual([])
    await panel.getByRole('button', { name: 'Älä lähetä' }).tap()
    await send.tap()
    await panel.getByRole('button', { name: 'Kyllä, lähetä' }).tap()
    await expect
      .poll(() => panel.getByRole('status').innerText(), { timeout: 30_000 })
      .toBe('Viesti on matkalla 2 henkilölle.')
    await screenshot(page, 'admin-fi-attendees-message-sent')

    const { docs } = await server.payload.find({
      collection: 'deliveries',
      where: { event: { equals: event }, kind: { equals: 'message' } },
      sort: 'email',
      depth: 0,
    })
    expect(docs.map(({ email, subject, body }) => ({ email, subject, body }))).toEqual(
      ['aino@example.test', 'cecilia@example.test'].map((email) => ({
        email,
        subject: 'Pysäköinti <huomenna>',
        body: 'Pysäköikää & tulkaa sisään pääovesta.',
      })),
    )
    await page.context().close()
  }, 600_000)
})
