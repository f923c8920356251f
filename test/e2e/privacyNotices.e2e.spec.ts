import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'
import { privacyNoticeKinds, sitePaths } from '@/platform/sitePaths'
import { t } from '@/site/i18n'

import {
  describeViolations,
  ensureChromium,
  launchChromium,
  phoneDevice,
  runAxe,
  screenshot,
} from '../helpers/browser'
import { buildingHookTimeout } from '../helpers/productionBuild'
import { startSite, type Site } from '../helpers/site'

/**
 * The privacy notices (issue 17) on the production build: each kind in each language passes axe
 * with no violations, names its alternates, shows the retention periods the server's settings
 * give (changed here from their defaults), and is linked from every footer and from the consent
 * of the form whose data it describes.
 */
const chromium = await ensureChromium()

// Not the defaults, so the pages can only show them by reading the settings.
const changed = {
  RETENTION_UNCONFIRMED_SUBSCRIPTION_DAYS: '5',
  RETENTION_UNSUBSCRIBED_DAYS: '21',
  RETENTION_JOIN_REQUEST_MONTHS: '18',
  RETENTION_REGISTRANT_DAYS: '45',
  RETENTION_DELIVERY_MONTHS: '11',
  RETENTION_ACCESS_LOG_DAYS: '60',
  PRIVACY_CONTACT_EMAIL: 'tietosuoja@example.test',
}
const before = Object.fromEntries(Object.keys(changed).map((name) => [name, process.env[name]]))

const periodsOf = {
  subscribers: ['5', '21', '11', '60'],
  companies: ['18', '60'],
  registrants: ['45', '60'],
} as const

let site: Site | undefined
let browser: Browser
let page: Page

async function open(path: string, on: Page = page) {
  const response = await on.goto(`${site!.baseUrl}${path}`)
  expect(response?.status(), path).toBe(200)
  await on.locator('h1').waitFor()
}

async function expectNoViolations(path: string, on: Page = page) {
  const violations = await runAxe(on)
  expect(violations, `axe on ${path}:\n${describeViolations(violations)}`).toEqual([])
}

describe.skipIf(!chromium.ok)('the privacy notices in Chromium', () => {
  beforeAll(async () => {
    Object.assign(process.env, changed)
    site = await startSite()
    browser = await launchChromium()
    page = await (await browser.newContext({ locale: 'fi-FI' })).newPage()
  }, buildingHookTimeout)

  afterAll(async () => {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    await browser?.close()
    await site?.stop()
  }, 30_000)

  it('shows each notice in each language, accessibly, with the periods the settings give', async () => {
    for (const locale of locales) {
      for (const kind of privacyNoticeKinds) {
        const path = sitePaths.privacy(locale, kind)
        await open(path)
        expect(await page.getAttribute('html', 'lang')).toBe(locale)
        expect(await page.textContent('h1')).toBe(
          t(locale, 'privacy.noticeTitle', { kind: t(locale, `privacy.kind.${kind}`) }),
        )
        const section = await page
          .locator('section', { has: page.locator('#privacy-retention') })
          .textContent()
        for (const period of periodsOf[kind]) expect(section).toMatch(new RegExp(`\\b${period}\\b`))
        const main = (await page.textContent('main')) ?? ''
        expect(main).toContain(t(locale, 'privacy.complaint.name'))
        expect(await page.locator('main a[href="mailto:tietosuoja@example.test"]').count()).toBe(2)
        expect(await page.locator('main a[href^="https://tietosuoja.fi"]').count()).toBe(1)
        const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (links) =>
          Object.fromEntries(
            links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
          ),
        )
        for (const code of locales) {
          expect(alternates[code]).toBe(`${site!.baseUrl}${sitePaths.privacy(code, kind)}`)
        }
        await expectNoViolations(path)
      }
    }
    console.info(`screenshot: ${await screenshot(page, 'privacy-registrants-en')}`)
  }, 300_000)

  it('passes axe on a phone too, index and notices', async () => {
    const phone = await (await browser.newContext({ ...phoneDevice, locale: 'sv-FI' })).newPage()
    for (const path of [sitePaths.privacy('sv'), sitePaths.privacy('sv', 'registrants')]) {
      await open(path, phone)
      await expectNoViolations(path, phone)
    }
    await phone.context().close()
  }, 120_000)

  it('links the index from every footer, and the index each notice', async () => {
    for (const locale of locales) {
      await open(sitePaths.clusters(locale))
      const footerLink = page.locator('.site-footer a', { hasText: t(locale, 'footer.privacy') })
      await Promise.all([page.waitForURL(`**${sitePaths.privacy(locale)}`), footerLink.click()])
      expect(await page.textContent('h1')).toBe(t(locale, 'privacy.title'))
      const links = await page.$$eval('main li a', (anchors) =>
        anchors.map((anchor) => anchor.getAttribute('href')),
      )
      expect(links).toEqual(privacyNoticeKinds.map((kind) => sitePaths.privacy(locale, kind)))
      await expectNoViolations(sitePaths.privacy(locale))
    }
    // Only the three kinds have a notice.
    const other = await page.goto(`${site!.baseUrl}/fi/privacy/staff`)
    expect(other?.status()).toBe(404)
  }, 120_000)

  it('links each form’s consent to the notice of its kind', async () => {
    const forms = [
      { path: sitePaths.newsletter('fi'), kind: 'subscribers' },
      { path: sitePaths.join('sv'), kind: 'companies' },
      { path: sitePaths.event('en', 'demo-cluster-morning-for-companies'), kind: 'registrants' },
    ] as const
    for (const { path, kind } of forms) {
      await open(path)
      const locale = path.split('/')[1] as (typeof locales)[number]
      const consent = page.locator('fieldset', { has: page.locator('input[name="consent"]') })
      const link = consent.locator('a')
      expect(await link.getAttribute('href'), path).toBe(sitePaths.privacy(locale, kind))
      expect(await link.textContent()).toBe(t(locale, `privacy.formLink.${kind}`))
    }
  }, 120_000)

  it('lists the index and the notices in the sitemap with their alternates', async () => {
    const xml = await (await fetch(`${site!.baseUrl}/sitemap.xml`)).text()
    for (const kind of [undefined, ...privacyNoticeKinds]) {
      const fi = `${site!.baseUrl}${sitePaths.privacy('fi', kind)}`
      const start = xml.indexOf(`<loc>${fi}</loc>`)
      expect(start, fi).toBeGreaterThan(-1)
      const entry = xml.slice(start, xml.indexOf('</url>', start))
      for (const code of locales) {
        expect(entry).toContain(
          `hreflang="${code}" href="${site!.baseUrl}${sitePaths.privacy(code, kind)}"`,
        )
      }
    }
  }, 60_000)
})
