import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pagePolicy } from '@/api/securityHeaders'

import { ensureChromium, launchChromium, runAxe } from '../helpers/browser'
import { buildingHookTimeout } from '../helpers/productionBuild'
import { startSite, type Site } from '../helpers/site'
import { testPassword } from '../helpers/users'

/**
 * The pages' Content-Security-Policy in Chromium against the production build: the public site
 * and the admin UI work under it, nothing they do is refused, and what an attacker would inject
 * is.
 */
const chromium = await ensureChromium()

const adminEmail = 'csp-admin@example.test'
const seededSlug = 'lappilaiseen-klusteritoimintaan-tarvitaan-mukaan-lisaa-yrityksia'

let server: Site
let browser: Browser
let context: BrowserContext

/** A page that records every policy violation and every console error that names the policy. */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const page = await context.newPage()
  const violations: string[] = []
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text))
  // Init scripts run through the DevTools protocol, before the page's own and outside its policy.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    ),
  )
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      violations.push(message.text())
    }
  })
  return { page, violations }
}

/** Next's runtime ran: its inline bootstrap (`__next_f`) and its client (`window.next`). */
const nextRan = (page: Page) =>
  page.waitForFunction(
    () => Array.isArray((window as { __next_f?: unknown }).__next_f) && 'next' in window,
  )

beforeAll(async () => {
  if (!chromium.ok) return
  server = await startSite({ admin: { email: adminEmail, password: testPassword } })
  browser = await launchChromium()
  context = await browser.newContext({ locale: 'en-GB' })
}, buildingHookTimeout)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the page policy', () => {
  it('has a nonce and strict-dynamic, and unsafe-eval in development only', () => {
    for (const area of ['site', 'admin'] as const) {
      const production = pagePolicy(area, 'bm9uY2U=', false)
      expect(production).toContain("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic';")
      expect(production).not.toContain('unsafe-eval')
      expect(pagePolicy(area, 'bm9uY2U=', true)).toContain("'strict-dynamic' 'unsafe-eval'")
    }
    expect(pagePolicy('site', 'bm9uY2U=', false)).not.toContain('unsafe-inline')
  })
})

describe.skipIf(!chromium.ok)('pages under their Content-Security-Policy in Chromium', () => {
  it('the public site works, and an injected inline handler is refused', async () => {
    const { page, violations } = await watchedPage()
    for (const path of ['/fi', `/fi/news/${seededSlug}`]) {
      const response = await page.goto(`${server.baseUrl}${path}`)
      expect(response?.status(), path).toBe(200)
      const policy = response?.headers()['content-security-policy'] ?? ''
      expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic';/)
      expect(policy).not.toContain('unsafe')
      await page.locator('h1').waitFor()
      await nextRan(page)
    }
    // The accessibility tests inject axe-core into such pages: it still runs.
    expect(Array.isArray(await runAxe(page))).toBe(true)
    expect(violations).toEqual([])

    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<img src="/x.png" onerror="window.xss = 1">')
    })
    await expect.poll(() => violations.length, { timeout: 30_000 }).toBeGreaterThan(0)
    expect(await page.evaluate(() => (window as { xss?: number }).xss)).toBeUndefined()
    await page.close()
  }, 300_000)

  it('the admin UI signs in and edits rich text with nothing refused', async () => {
    const { page, violations } = await watchedPage()
    const response = await page.goto(`${server.baseUrl}/admin/login`)
    expect(response?.headers()['content-security-policy']).toContain("'unsafe-inline'")
    await page.fill('input[name="email"]', adminEmail)
    await page.fill('input[name="password"]', testPassword)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin(?!\/login)/)
    await nextRan(page)

    const found = await fetch(
      `${server.baseUrl}/api/news?locale=fi&where[slug][equals]=${seededSlug}&depth=0`,
    )
    const id = ((await found.json()) as { docs: { id: number }[] }).docs[0]!.id
    await page.goto(`${server.baseUrl}/admin/collections/news/${id}`)
    await page.locator('[data-lexical-editor="true"]').first().waitFor()
    expect(violations).toEqual([])
    await page.close()
  }, 300_000)
})
