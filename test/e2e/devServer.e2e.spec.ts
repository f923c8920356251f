import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { swedishNewsWithGraphQL, swedishNewsWithSdk } from '../../docs/examples/partnerSite'
import { translate } from '../../src/i18n'
import { startDevServer, type DevServer } from '../helpers/devServer'
import { testPassword } from '../helpers/users'

/**
 * The README's first command, as a newcomer runs it: `npm run dev` on an empty database
 * migrates, seeds and serves the admin UI and the API over real HTTP.
 */
let server: DevServer
let baseUrl: string

beforeAll(async () => {
  server = await startDevServer({
    ADMIN_EMAIL: 'newcomer@example.test',
    ADMIN_PASSWORD: testPassword,
  })
  baseUrl = server.baseUrl
  console.info(`npm run dev: first API answer after ${server.secondsToFirstAnswer.toFixed(1)} s`)
}, 240_000)

afterAll(async () => {
  await server?.stop()
})

describe('npm run dev', () => {
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

  it('lets the administrator from ADMIN_EMAIL log in, and serves the admin UI', async () => {
    const login = await fetch(`${baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'newcomer@example.test', password: testPassword }),
    })
    expect(login.status).toBe(200)

    const admin = await fetch(`${baseUrl}/admin/login`)
    expect(admin.status).toBe(200)
    expect(admin.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(await admin.text()).toContain('<html')
  }, 180_000)

  it('shows the newsletter send panel on an issue’s page in the admin UI', async () => {
    const login = await fetch(`${baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'newcomer@example.test', password: testPassword }),
    })
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!
    const page = await fetch(`${baseUrl}/admin/collections/newsletters/create`, {
      // What a browser sends; with SERVER_URL set Payload takes the cookie only from the same site.
      headers: { Cookie: cookie, 'Accept-Language': 'en', 'Sec-Fetch-Site': 'same-origin' },
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

  it('runs the README’s partner-site example, with the SDK, with a key and with GraphQL', async () => {
    const swedishTitle = 'Fler företag behövs i klusterverksamheten i Lappland'
    const anonymous = await swedishNewsWithSdk(baseUrl, 'arctic-design')
    expect(anonymous[0]).toEqual({ title: swedishTitle, url: expect.stringContaining('/sv/') })

    const login = await fetch(`${baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'newcomer@example.test', password: testPassword }),
    })
    const auth = {
      Authorization: `JWT ${(await login.json()).token}`,
      'Content-Type': 'application/json',
    }
    const partner = await fetch(`${baseUrl}/api/partners`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ name: 'Kumppanisivusto', scopeLocales: ['sv'] }),
    })
    const { doc } = await partner.json()
    const issued = await fetch(`${baseUrl}/api/partners/${doc.id}/rotate-key`, {
      method: 'POST',
      headers: auth,
    })
    const { key } = await issued.json()
    expect(await swedishNewsWithSdk(baseUrl, 'arctic-design', key)).toEqual(anonymous)

    expect(await swedishNewsWithGraphQL(baseUrl, 'arctic-design')).toEqual([swedishTitle])
  }, 120_000)
})
