import { existsSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { translate } from '@/i18n'

import { partnerFrontDoorTests } from './partnerFrontDoor'
import { swedishNewsWithGraphQL, swedishNewsWithSdk } from '../../docs/examples/partnerSite'
import { untranslated } from '../helpers/adminText'
import { ensureChromium, launchChromium, screenshot } from '../helpers/browser'
import { startNewcomerDevServer, type DevServer } from '../helpers/devServer'
import { testPassword } from '../helpers/users'

/**
 * The README's first command, as a newcomer runs it: `npm run dev` in a fresh checkout with
 * nothing set starts its own PostgreSQL, migrates, seeds, asks for the first account and serves
 * the admin UI and the API over real HTTP. The one test of `next dev`; the browser tests use
 * the production build.
 */
const newcomer = { email: 'newcomer@example.test', password: testPassword }
const chromium = await ensureChromium()

let server: DevServer
let baseUrl: string
/** The admin UI as the newcomer first sees it, before any account exists. */
let firstVisit: { login: AdminPage; createFirstUser: AdminPage }
/** What the admin UI's "create first user" form got back. */
let firstAccount: Response

type AdminPage = { html: string; title?: string; redirectsTo?: string }

/**
 * A page of the admin UI as the server renders it. Payload's views redirect while the page
 * streams: Next then puts the target into the page's flight data, not into a Location header.
 */
async function adminPage(route: string, headers: Record<string, string> = {}): Promise<AdminPage> {
  const response = await fetch(`${baseUrl}${route}`, {
    headers: { 'Accept-Language': 'en', ...headers },
  })
  expect(response.status, route).toBe(200)
  const html = await response.text()
  return {
    html,
    title: /<title>([^<]*)<\/title>/.exec(html)?.[1],
    redirectsTo: /NEXT_REDIRECT;replace;([^;]+);/.exec(html)?.[1],
  }
}

beforeAll(async () => {
  server = await startNewcomerDevServer()
  baseUrl = server.baseUrl
  console.info(`npm run dev: first API answer after ${server.secondsToFirstAnswer.toFixed(1)} s`)
  firstVisit = {
    login: await adminPage('/admin/login'),
    createFirstUser: await adminPage('/admin/create-first-user'),
  }
  // What that form sends.
  firstAccount = await fetch(`${baseUrl}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...newcomer, name: 'Uusi' }),
  })
}, 300_000)

afterAll(async () => {
  await server?.stop()
})

const logIn = () =>
  fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(newcomer),
  })

/** A partner made and given its first key through the REST API, as an admin does it. */
async function issuePartnerKey(partner: Record<string, unknown>): Promise<string> {
  const auth = {
    Authorization: `JWT ${(await (await logIn()).json()).token}`,
    'Content-Type': 'application/json',
  }
  const created = await fetch(`${baseUrl}/api/partners`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify(partner),
  })
  const { doc } = await created.json()
  const issued = await fetch(`${baseUrl}/api/partners/${doc.id}/rotate-key`, {
    method: 'POST',
    headers: auth,
    body: '{}',
  })
  return (await issued.json()).key
}

/**
 * Edit views of the demo's article, a new issue and a company's request (made through the API as
 * an editor and a company would), each with the panel that should show on it.
 */
async function itemsToEdit(): Promise<[path: string, panel?: string][]> {
  const auth = {
    Authorization: `JWT ${(await (await logIn()).json()).token}`,
    'Content-Type': 'application/json',
  }
  const news = await (await fetch(`${baseUrl}/api/news?limit=1&depth=0`, { headers: auth })).json()
  const issue = await fetch(`${baseUrl}/api/newsletters?locale=fi`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ subject: 'Joulukuun uutiskirje', status: 'draft' }),
  })
  const joined = await fetch(`${baseUrl}/api/join`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      company: 'Kehittäjän Testi Oy',
      businessId: '0112038-9',
      municipality: 'Inari',
      clusters: ['arctic-design'],
      contact: { name: 'Testi Henkilö', email: 'kehittaja@example.test' },
      consent: true,
      source: { locale: 'sv' },
    }),
  })
  expect(joined.status, await joined.clone().text()).toBe(202)
  const requests = await (
    await fetch(`${baseUrl}/api/joinRequests?limit=1&depth=0&sort=-createdAt`, { headers: auth })
  ).json()
  return [
    [`/admin/collections/news/${news.docs[0].id}`],
    [
      `/admin/collections/newsletters/${(await issue.json()).doc.id}`,
      'section[aria-labelledby="newsletter-send-panel"]',
    ],
    [
      `/admin/collections/joinRequests/${requests.docs[0].id}`,
      'section[aria-labelledby="join-request-about"]',
    ],
  ]
}

describe('npm run dev', () => {
  it('starts a PostgreSQL of its own, with its data in the checkout’s .data/', () => {
    expect(existsSync(path.join(server.checkout, '.data/postgres/PG_VERSION'))).toBe(true)
  })

  it('serves the seeded article in Finnish, Swedish and English over REST', async () => {
    const titles: Record<string, string> = {}
    for (const locale of ['fi', 'sv', 'en']) {
      const response = await fetch(`${baseUrl}/api/news?locale=${locale}&limit=1`)
      expect(response.status).toBe(200)
      const { docs } = await response.json()
      titles[locale] = docs[0].title
    }
    expect(titles.fi).toBe('Lappilaiseen klusteritoimintaan tarvitaan mukaan lisää yrityksiä')
    expect(titles.sv).toBe('Fler företag behövs i klusterverksamheten i Lappland')
    expect(titles.en).toBe('More companies needed in Lapland’s cluster activities')
  })

  it('serves the six clusters over GraphQL', async () => {
    const response = await fetch(`${baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ Clusters(locale: sv, limit: 10) { docs { name slug } } }' }),
    })
    expect(response.status).toBe(200)
    const { data } = await response.json()
    expect(data.Clusters.docs).toHaveLength(6)
    expect(data.Clusters.docs[1].name).toBe('Arktisk design')
  })

  it('answers an unknown locale with 400 and sends the security headers', async () => {
    const response = await fetch(`${baseUrl}/api/news?locale=xx`)
    expect(response.status).toBe(400)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(response.headers.get('x-powered-by')).toBeNull()
  })

  it('asks for the first account in the admin UI, makes it the administrator, and only once', async () => {
    expect(firstVisit.login.redirectsTo).toBe('/admin/create-first-user')
    expect(firstVisit.createFirstUser.title).toBe('Create first user – Arctic Smartness')
    expect(firstVisit.createFirstUser.redirectsTo).toBeUndefined()
    expect(firstAccount.status).toBe(200)
    const { user } = await firstAccount.json()
    expect(user).toMatchObject({ email: newcomer.email, roles: ['admin'] })

    expect((await adminPage('/admin/create-first-user')).redirectsTo).toBe('/admin')
    const second = await fetch(`${baseUrl}/api/users/first-register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'second@example.test', password: testPassword }),
    })
    expect(second.status).toBe(403)
  }, 120_000)

  it('lets the administrator log in, and serves them the admin UI', async () => {
    const anonymous = await adminPage('/admin')
    expect(anonymous.redirectsTo).toBe('/admin/login')
    expect(anonymous.html).not.toContain(newcomer.email)

    const login = await logIn()
    expect(login.status).toBe(200)
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!
    // As a browser sends it: Payload takes the cookie of no request that names no site.
    const dashboard = await adminPage('/admin', { Cookie: cookie, 'Sec-Fetch-Site': 'none' })
    expect(dashboard.title).toBe('Dashboard – Arctic Smartness')
    expect(dashboard.redirectsTo).toBeUndefined()
    expect(dashboard.html).toContain(newcomer.email)
    const headers = (await fetch(`${baseUrl}/admin/login`)).headers
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN')
  }, 180_000)

  it('shows the newsletter send panel on an issue’s page in the admin UI', async () => {
    const login = await logIn()
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!
    const page = await fetch(`${baseUrl}/admin/collections/newsletters/create`, {
      headers: { Cookie: cookie, 'Accept-Language': 'en' },
    })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain(translate('en', 'panel.saveFirst'))
  }, 180_000)

  it('speaks the editor’s language in the admin UI: Finnish by default, Swedish and English on request', async () => {
    const page = async (language: string) =>
      (await fetch(`${baseUrl}/admin/login`, { headers: { 'Accept-Language': language } })).text()
    const finnish = await page('fi-FI,fi;q=0.9')
    const swedish = await page('sv-FI,sv;q=0.9')
    expect(finnish).toContain('Kirjaudu sisään')
    expect(finnish).not.toContain('Logga in')
    expect(swedish).toContain('Logga in')
    expect(swedish).not.toContain('Kirjaudu sisään')
    expect(await page('en-GB,en;q=0.9')).not.toContain('Kirjaudu sisään')
  }, 120_000)

  it('runs the partner guide’s example, with the SDK, with a key and with GraphQL', async () => {
    const swedishTitle = 'Fler företag behövs i klusterverksamheten i Lappland'
    const anonymous = await swedishNewsWithSdk(baseUrl, 'arctic-design')
    expect(anonymous[0]).toEqual({ title: swedishTitle, url: expect.stringContaining('/sv/') })

    const key = await issuePartnerKey({ name: 'Kumppanisivusto', scopeLocales: ['sv'] })
    expect(await swedishNewsWithSdk(baseUrl, 'arctic-design', key)).toEqual(anonymous)

    expect(await swedishNewsWithGraphQL(baseUrl, 'arctic-design')).toEqual([swedishTitle])
  }, 120_000)

  it.skipIf(!chromium.ok)(
    'works in the browser at localhost and at 127.0.0.1: signs in, saves, and speaks Finnish',
    async () => {
      const editViews = await itemsToEdit()
      const problems: string[] = []
      const browser = await launchChromium()
      try {
        for (const host of ['localhost', '127.0.0.1']) {
          const base = baseUrl.replace('localhost', host)
          const context = await browser.newContext({ locale: 'fi-FI' })
          const page = await context.newPage()
          page.setDefaultTimeout(180_000)
          // Signing in is the admin's own script: a page whose scripts `next dev` refused stays.
          await page.goto(`${base}/admin/login`)
          await page.fill('input[name="email"]', newcomer.email)
          await page.fill('input[name="password"]', newcomer.password)
          await page.click('button[type="submit"]')
          await page.waitForURL(/\/admin(?!\/login)/)

          await page.goto(`${base}/admin/account`)
          await page.waitForLoadState('networkidle')
          const name = `Uusi (${host})`
          await page.fill('input[name="name"]', name)
          const saving = page.waitForResponse(
            (response) =>
              response.url().includes('/api/users/') && response.request().method() === 'PATCH',
          )
          await page.locator('#action-save').click()
          const saved = await saving
          expect(saved.status(), await saved.text()).toBe(200)
          await expect
            .poll(
              async () => {
                const { token } = await (await logIn()).json()
                const me = await fetch(`${baseUrl}/api/users/me`, {
                  headers: { Authorization: `JWT ${token}` },
                })
                return (await me.json()).user?.name
              },
              { timeout: 60_000 },
            )
            .toBe(name)
          expect(await page.getByRole('alert').filter({ hasText: 'Kirjautuminen' }).count()).toBe(0)
          await screenshot(page, `dev-admin-saved-at-${host}`)

          // The editor's day at this address: an article, an issue's send panel, a join request.
          for (const [path, panel] of editViews) {
            // Read once the view's own panel (or, for an article, its save button) has rendered.
            const ready = panel ?? '#action-save'
            problems.push(...(await untranslated(page, base, path, `dev-admin-${host}`, ready)))
          }
          await context.close()
        }
      } finally {
        await browser.close()
      }
      expect(problems).toEqual([])
    },
    600_000,
  )
})

partnerFrontDoorTests({
  baseUrl: () => baseUrl,
  partnerKey: () => issuePartnerKey({ name: 'Dokumentaation kumppani' }),
})
