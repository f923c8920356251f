import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { translate } from '@/i18n'
import { t } from '@/site/i18n'
import { publicSiteSource } from '@/site/joinState'

import {
  describeViolations,
  ensureChromium,
  isSerious,
  launchChromium,
  runAxe,
  screenshot,
} from '../helpers/browser'
import { buildingHookTimeout } from '../helpers/productionBuild'
import { startSite, type Site } from '../helpers/site'
import { startSmtpSink, type SmtpSink } from '../helpers/smtp'
import { testPassword } from '../helpers/users'

/**
 * Issue #6 on the public site, in a real Chromium against the production build with the demo
 * content: a cluster page shows what the cluster achieved and leads to the join form; the form
 * works without JavaScript, shows errors by their fields and keeps what was typed, and stores the
 * request the way POST /api/join does, with its source; the company's confirmation arrives at a
 * real SMTP server.
 */
const chromium = await ensureChromium()

const admin = { email: 'join-admin@example.test', password: testPassword }
const newsSlug = 'lappilaiseen-klusteritoimintaan-tarvitaan-mukaan-lisaa-yrityksia'
const company = {
  name: 'Revontuli Safarit Oy',
  businessId: '0737546-2',
  // The same digits with another check digit.
  badBusinessId: '0737546-3',
  email: 'maija.e2e@example.fi',
  need: 'Ympärivuotisia matkailutuotteita.\nKumppaneita muotoiluun.',
}

let server: Site | undefined
let smtp: SmtpSink | undefined
let baseUrl: string
let browser: Browser
let context: BrowserContext
let page: Page
let token: string
let newsId: number
let designId: number
const timings: string[] = []
const screenshots: string[] = []
const axeReport: string[] = []

async function timed<T>(label: string, step: () => Promise<T>): Promise<T> {
  const started = Date.now()
  try {
    return await step()
  } finally {
    timings.push(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
}

async function open(path: string, on: Page = page, status = 200) {
  const response = await timed(`GET ${path}`, () => on.goto(`${baseUrl}${path}`))
  expect(response?.status(), `${path} answered ${response?.status()}`).toBe(status)
}

async function expectAccessible(name: string, on: Page = page) {
  const violations = await runAxe(on)
  axeReport.push(
    violations.length
      ? `${name}:\n${describeViolations(violations)}`
      : `${name}: no violations (WCAG 2.1 A/AA)`,
  )
  const serious = violations.filter(isSerious)
  expect(serious, `axe on ${name}:\n${describeViolations(serious)}`).toEqual([])
}

async function shoot(name: string, on: Page = page) {
  screenshots.push(await screenshot(on, `join-${name}`))
}

/** A REST call as the administrator. */
async function staff(path: string, init: { method?: string; body?: unknown } = {}) {
  const response = await fetch(`${baseUrl}/api/${path}`, {
    method: init.method ?? 'GET',
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  expect(response.ok, `${init.method ?? 'GET'} /api/${path}: ${response.status}`).toBe(true)
  return response.json()
}

type StoredRequest = {
  company: string
  businessId: string
  municipality: string
  industry: string
  need: string
  status: string
  clusters: number[]
  helpChoosing: boolean
  contact: { name: string; email: string; phone: string }
  source: { news: number | null; partnerSite: string; locale: string }
  consent: { text: string; version: string }
}

const requestsOf = async (businessId: string): Promise<StoredRequest[]> =>
  (await staff(`joinRequests?where[businessId][equals]=${businessId}&depth=0`)).docs

/** The figure a cluster page shows under a label of the impact section. */
const figure = (label: string, on: Page = page) =>
  on.locator('.impact .figures > div', { has: on.locator('dt', { hasText: label }) }).locator('dd')

/** The join form's fields, by name (labels such as "Nimi" and "Yrityksen nimi" overlap). */
const field = (name: string, on: Page = page) => on.locator(`form.join-form [name="${name}"]`)

/** Fills the join form as a company in Rovaniemi would. */
async function fillForm(on: Page, businessId: string) {
  await field('company', on).fill(company.name)
  await field('businessId', on).fill(businessId)
  await field('municipality', on).selectOption({ label: 'Rovaniemi' })
  await field('industry', on).fill('79900')
  await on.locator('input[name="clusters"][value="smart-and-sustainable-arctic-tourism"]').check()
  await field('need', on).fill(company.need)
  await field('contactName', on).fill('Maija Mäkelä')
  await field('email', on).fill(company.email)
  await field('phone', on).fill('+358 40 123 4567')
  await field('consent', on).check()
}

describe.skipIf(!chromium.ok)('joining a cluster on the public site', () => {
  beforeAll(async () => {
    // The company's confirmation goes to this file's SMTP address, sent by the site's worker.
    smtp = await startSmtpSink()
    server = await timed('npm start on the run’s build, with the demo content', () =>
      startSite({ admin, worker: true }),
    )
    baseUrl = server.baseUrl
    const login = await fetch(`${baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(admin),
    })
    token = ((await login.json()) as { token: string }).token
    newsId = (await staff(`news?locale=fi&where[slug][equals]=${newsSlug}&depth=0`)).docs[0].id
    designId = (await staff('clusters?where[slug][equals]=arctic-design&depth=0')).docs[0].id

    // What the council recorded for Arctic Design, with a quote the company approved.
    const { doc } = await staff('benefits?locale=fi', {
      method: 'POST',
      body: {
        title: 'Talvituotteiden muotoilu',
        cluster: designId,
        year: 2026,
        companies: [
          { name: 'Pohjoisen Muotoilu Oy', businessId: '0112038-9' },
          { name: 'Kota Oy' },
        ],
        newProducts: 4,
        jobs: 3,
        exportEuros: 120_000,
        rdiProjects: 2,
        fundingEuros: 250_000,
        quote: {
          text: 'Klusterin kautta löysimme muotoilijan ja uuden markkinan.',
          person: 'Aino Aalto',
          approved: true,
        },
      },
    })
    await staff(`benefits/${doc.id}?locale=sv`, {
      method: 'PATCH',
      body: {
        title: 'Design av vinterprodukter',
        quote: { text: 'Genom klustret hittade vi en designer och en ny marknad.' },
      },
    })
    browser = await timed('launch Chromium', launchChromium)
    context = await browser.newContext({ locale: 'fi-FI' })
    page = await context.newPage()
  }, buildingHookTimeout)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await smtp?.close()
    console.info(`join form, axe (WCAG 2.1 A/AA):\n${axeReport.join('\n')}`)
    console.info(`join form, timings:\n  ${timings.join('\n  ')}`)
    console.info(`join form, screenshots:\n  ${screenshots.join('\n  ')}`)
  }, 30_000)

  it("shows a cluster's impact in each language and leads to the join form", async () => {
    await open('/fi/clusters/arctic-design')
    const impact = page.getByRole('region', { name: t('fi', 'impact.heading') })
    expect(await impact.count()).toBe(1)
    const number = new Intl.NumberFormat('fi-FI')
    // Two companies of the benefit record; no join request yet.
    expect(await figure(translate('fi', 'impact.companiesEngaged')).textContent()).toBe('2')
    // A figure without records is not shown as a zero.
    expect(await figure(translate('fi', 'impact.requestsThisYear')).count()).toBe(0)
    expect(await figure(translate('fi', 'impact.newProducts')).textContent()).toBe('4')
    expect(await figure(translate('fi', 'impact.fundingEuros')).textContent()).toBe(
      number.format(250_000),
    )
    expect(await impact.locator('blockquote').textContent()).toBe(
      'Klusterin kautta löysimme muotoilijan ja uuden markkinan.',
    )
    expect(await impact.locator('figcaption').textContent()).toBe('Aino Aalto, 2026')
    await expectAccessible('/fi/clusters/arctic-design (impact)')
    await shoot('cluster-impact-fi')

    await open('/sv/clusters/arctic-design')
    expect(await figure(translate('sv', 'impact.exportEuros')).textContent()).toBe(
      new Intl.NumberFormat('sv-FI').format(120_000),
    )
    expect(await page.locator('.impact blockquote').textContent()).toBe(
      'Genom klustret hittade vi en designer och en ny marknad.',
    )
    expect(await page.locator('.impact h2').textContent()).toBe(t('sv', 'impact.heading'))

    await open('/fi/clusters/arctic-design')
    await timed('open the join form from the cluster page', () =>
      Promise.all([
        page.waitForURL('**/fi/join?cluster=arctic-design'),
        page.getByRole('link', { name: t('fi', 'join.cta.cluster.link') }).click(),
      ]),
    )
    expect(await page.locator('h1').allTextContents()).toEqual([t('fi', 'join.title')])
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fi')
    // The cluster whose page it came from is ticked, and only that one.
    const ticked = page.locator('input[name="clusters"]:checked')
    expect(
      await ticked.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
    ).toEqual(['arctic-design'])
    expect(await page.locator('select[name="municipality"] option').count()).toBe(22)
    expect(await page.getByText(translate('fi', 'join.consent.text')).count()).toBe(1)
    await expectAccessible('/fi/join?cluster=arctic-design')
    await shoot('form-fi')
  }, 240_000)

  it('hides the honeypot from people, and a filled one stores nothing', async () => {
    await open('/fi/join')
    const trap = page.locator('input[name="website"]')
    expect(await trap.getAttribute('tabindex')).toBe('-1')
    expect(await trap.getAttribute('autocomplete')).toBe('off')
    expect(await trap.evaluate((input) => input.closest('[aria-hidden="true"]') !== null)).toBe(
      true,
    )
    const box = await page
      .locator('[aria-hidden="true"]:has(> input[name="website"])')
      .boundingBox()
    expect(box?.width).toBeLessThanOrEqual(1)
    expect(box?.height).toBeLessThanOrEqual(1)
    // The keyboard never reaches it: Tab from the consent box goes to the privacy notice's
    // link under it, then to the button.
    await field('consent').focus()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      '/fi/privacy/companies',
    )
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON')

    await fillForm(page, '1000000-4')
    await trap.fill('https://spam.example')
    await timed('submit with the honeypot filled', () =>
      page.locator('form.join-form button').click(),
    )
    await page.getByRole('status').waitFor()
    expect(await page.getByRole('status').textContent()).toContain(
      translate('fi', 'api.join.accepted'),
    )
    expect(await requestsOf('1000000-4')).toEqual([])
  }, 240_000)

  it('shows every error by its field with JavaScript, and moves focus to the summary', async () => {
    await open('/en/join?cluster=arctic-design')
    await field('company').fill('Northern Lights Design Ltd')
    await field('businessId').fill('1234567')
    await field('municipality').selectOption({ label: 'Inari' })
    await field('contactName').fill('Sam Smith')
    await field('email').fill('sam@example.fi')
    await field('phone').fill('call me')
    await field('consent').check()
    await timed('submit with errors (JavaScript)', () =>
      page.locator('form.join-form button').click(),
    )
    await page.locator('.field-error').first().waitFor()
    expect(await page.locator('.field-error').allTextContents()).toEqual([
      t('en', 'join.error.businessId.format'),
      t('en', 'join.error.phone'),
    ])
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('form-error')
    expect(
      await page
        .locator('.form-error a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ).toEqual(['#join-businessId', '#join-phone'])
    // Values kept.
    expect(await field('company').inputValue()).toBe('Northern Lights Design Ltd')
    expect(await field('municipality').inputValue()).toBe('148')
    expect(await page.locator('input[value="arctic-design"]').isChecked()).toBe(true)
    await expectAccessible('/en/join with errors (JavaScript)')
    await shoot('errors-js-en')
  }, 240_000)

  it('takes a request without JavaScript from a news item: error by the field, then the answer', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false, locale: 'fi-FI' })
    const noScript = await plain.newPage()
    try {
      await open(`/fi/news/${newsSlug}`, noScript)
      await timed('open the join form from the news item', () =>
        Promise.all([
          noScript.waitForURL(`**/fi/join?news=${newsId}`),
          noScript.getByRole('link', { name: t('fi', 'join.cta.news.link') }).click(),
        ]),
      )
      expect(await field('news', noScript).inputValue()).toBe(String(newsId))
      await fillForm(noScript, company.badBusinessId)
      await timed('no-JS join, refused', () =>
        Promise.all([
          noScript.waitForURL('**/fi/join'),
          noScript.locator('form.join-form button').click(),
        ]),
      )
      const businessId = field('businessId', noScript)
      expect(await businessId.getAttribute('aria-invalid')).toBe('true')
      const describedBy = (await businessId.getAttribute('aria-describedby'))!.split(' ')
      expect(describedBy).toEqual(['join-businessId-help', 'join-businessId-error'])
      expect(await noScript.locator('#join-businessId-error').textContent()).toBe(
        t('fi', 'join.error.businessId.check', { value: company.badBusinessId }),
      )
      // Only that field is marked; the summary links to it.
      expect(await noScript.locator('[aria-invalid="true"]').count()).toBe(1)
      expect(await noScript.locator('.form-error a').getAttribute('href')).toBe('#join-businessId')
      // What was entered is kept, the news item too.
      expect(await businessId.inputValue()).toBe(company.badBusinessId)
      expect(await field('company', noScript).inputValue()).toBe(company.name)
      expect(await field('municipality', noScript).inputValue()).toBe('698')
      expect(await field('need', noScript).inputValue()).toBe(company.need)
      expect(await field('phone', noScript).inputValue()).toBe('+358 40 123 4567')
      expect(await field('consent', noScript).isChecked()).toBe(true)
      expect(
        await noScript
          .locator('input[name="clusters"][value="smart-and-sustainable-arctic-tourism"]')
          .isChecked(),
      ).toBe(true)
      expect(await field('news', noScript).inputValue()).toBe(String(newsId))
      await shoot('error-nojs-fi', noScript)

      await businessId.fill(company.businessId)
      // The address stays /fi/join: wait for the answer's page instead.
      await timed('no-JS join, accepted', async () => {
        await noScript.locator('form.join-form button').click()
        await noScript.locator('h1', { hasText: t('fi', 'join.doneTitle') }).waitFor()
      })
      expect(await noScript.locator('h1').allTextContents()).toEqual([t('fi', 'join.doneTitle')])
      expect(await noScript.getByRole('status').textContent()).toContain(
        translate('fi', 'api.join.accepted'),
      )
      await shoot('done-nojs-fi', noScript)
    } finally {
      await plain.close()
    }
  }, 240_000)

  it('stored the request as POST /api/join does, with its source, and mailed the company', async () => {
    const [stored, ...more] = await requestsOf(company.businessId)
    expect(more).toEqual([])
    const tourism = (
      await staff('clusters?where[slug][equals]=smart-and-sustainable-arctic-tourism&depth=0')
    ).docs[0].id
    expect(stored).toMatchObject({
      company: company.name,
      businessId: company.businessId,
      municipality: '698',
      industry: '79900',
      need: company.need,
      status: 'new',
      clusters: [tourism],
      contact: { name: 'Maija Mäkelä', email: company.email, phone: '+358 40 123 4567' },
      source: { news: newsId, partnerSite: publicSiteSource, locale: 'fi' },
      consent: { text: translate('fi', 'join.consent.text') },
    })

    // The worker sends the confirmation, in the form's language.
    await timed('confirmation email', async () => {
      const deadline = Date.now() + 60_000
      while (!smtp!.recipients().includes(company.email)) {
        if (Date.now() > deadline) throw new Error(`no message to ${company.email}`)
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
    })
    const message = smtp!.messages.find((m) =>
      [m.to ?? []].flat().some((to) => to.value.some((entry) => entry.address === company.email)),
    )!
    expect(message.subject).toBe(translate('fi', 'email.join.company.subject'))
    // The demo's clusters have a coordinator: the request reached her, and the company is told who.
    expect(message.text).toContain(
      translate('fi', 'email.join.company.coordinator', {
        person: 'Kaarina Mäcklin',
        email: 'kaarina.macklin@lapinliitto.example',
        clusters: 'Arktinen matkailuekosysteemi',
      }),
    )
    const deadline = Date.now() + 60_000
    while (!smtp!.recipients().includes('kaarina.macklin@lapinliitto.example')) {
      if (Date.now() > deadline) throw new Error('no message to the coordinator')
      await new Promise((resolve) => setTimeout(resolve, 250))
    }

    // The cluster page counts the request.
    await open('/fi/clusters/smart-and-sustainable-arctic-tourism')
    expect(await figure(translate('fi', 'impact.requestsThisYear')).textContent()).toBe('1')
  }, 240_000)

  it('takes “help me choose” and shows the answer in the language of the page, accessibly', async () => {
    await open('/sv/join?cluster=arctic-design')
    await field('company').fill('Norrsken Design Ab')
    await field('businessId').fill('0112038-9')
    await field('municipality').selectOption({ label: 'Torneå' })
    await field('contactName').fill('Sara Svensson')
    await field('email').fill('sara.e2e@example.fi')
    // A choice of its own beside the clusters: the newsroom's editors help choose.
    await page.getByLabel(t('sv', 'join.helpChoosing')).check()
    await field('consent').check()
    await timed('submit (JavaScript)', () => page.locator('form.join-form button').click())
    await page.getByRole('status').waitFor()
    expect(await page.locator('h1').textContent()).toBe(t('sv', 'join.doneTitle'))
    expect(await page.getByRole('status').textContent()).toContain(
      translate('sv', 'api.join.accepted'),
    )
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('join-done')
    await expectAccessible('/sv/join, the answer')
    await shoot('done-js-sv')
    const [stored] = await requestsOf('0112038-9')
    expect(stored).toMatchObject({
      municipality: '851',
      clusters: [designId],
      helpChoosing: true,
      source: { news: null, partnerSite: publicSiteSource, locale: 'sv' },
      consent: { text: translate('sv', 'join.consent.text') },
    })
  }, 240_000)
})
