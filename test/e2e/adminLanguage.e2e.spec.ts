import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readable, untranslated } from '../helpers/adminText'
import { ensureChromium, launchChromium, phoneDevice, screenshot } from '../helpers/browser'
import { startSite, type Site } from '../helpers/site'
import { testPassword } from '../helpers/users'

/**
 * The admin as a Finnish and a Swedish editor meet it, in Debian's Chromium against the
 * production build with the demo content: every view speaks their language (no raw
 * `namespace:key`, none of the English that Payload and its plugins bring), dates are written
 * as in Finland, the council's name and mark instead of Payload's; join requests offer only the
 * moves they allow and a reply in the company's language; a partner's first key is issued as
 * such, copied and shown without a reload; the admin opened at an address the login cookie
 * cannot serve says so. The Finnish admin also on a phone's screen.
 */
const chromium = await ensureChromium()
const admin = { email: 'admin-walk@example.test', password: testPassword }

let server: Site
let browser: Browser
let joinRequest: number
let partner: number
let newsletter: number

beforeAll(async () => {
  if (!chromium.ok) return
  server = await startSite({ admin })
  const { payload } = server
  const clusters = await payload.find({ collection: 'clusters', limit: 1, depth: 0 })
  const request = await payload.create({
    collection: 'joinRequests',
    data: {
      company: 'Saariselän Revontulet Oy',
      businessId: '1572860-0',
      municipality: '148',
      industry: '55101',
      clusters: [clusters.docs[0]!.id],
      contact: { name: 'Sara Lind', email: 'sara@revontulet.example.test' },
      source: { locale: 'sv', partnerSite: 'https://lapland.example.test' },
      status: 'new',
    },
  })
  joinRequest = request.id
  partner = (await payload.create({ collection: 'partners', data: { name: 'Lapin Matkailu' } })).id
  newsletter = (
    await payload.create({
      collection: 'newsletters',
      locale: 'fi',
      data: { subject: 'Joulukuun uutiskirje', status: 'draft' },
    })
  ).id
  browser = await launchChromium()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

type Language = 'fi' | 'sv'

/** A signed-in admin whose browser asks for `language`; Payload's admin follows it. */
async function signIn(language: Language, device: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    locale: language === 'fi' ? 'fi-FI' : 'sv-SE',
    ...device,
  })
  const page = await context.newPage()
  page.setDefaultTimeout(90_000)
  await page.goto(`${server.baseUrl}/admin/login`)
  await page.fill('input[name="email"]', admin.email)
  await page.fill('input[name="password"]', admin.password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin(?!\/login)/)
  return page
}

/** The admin's views: dashboard, account, and each collection's list, create and an edit view. */
async function views(): Promise<string[]> {
  const paths = ['/admin', '/admin/account']
  const collections = server.payload.config.collections.filter(
    (collection) => !collection.admin.hidden && !collection.slug.startsWith('payload-'),
  )
  for (const collection of collections) {
    const list = `/admin/collections/${collection.slug}`
    paths.push(list, `${list}/create`)
    const first = await server.payload.find({ collection: collection.slug, limit: 1, depth: 0 })
    if (first.docs[0]) paths.push(`${list}/${first.docs[0].id}`)
  }
  // Globals, if the newsroom ever has any.
  for (const global of server.payload.config.globals) paths.push(`/admin/globals/${global.slug}`)
  return paths
}

describe.skipIf(!chromium.ok)('the admin in Finnish and Swedish', () => {
  for (const language of ['fi', 'sv'] as const) {
    it(`shows every view in ${language}, with Finnish dates and the council’s name`, async () => {
      const page = await signIn(language)
      expect(await page.locator('html').getAttribute('lang')).toBe(language)
      const problems: string[] = []
      for (const path of await views()) {
        problems.push(...(await untranslated(page, server.baseUrl, path, `admin-${language}`)))
      }
      expect(problems).toEqual([])

      await page.goto(`${server.baseUrl}/admin/collections/joinRequests`)
      await page.locator('.table').waitFor()
      // Dates as Finland writes them: 2.12.2026 13.05 (once the page's date locale has loaded).
      await expect
        .poll(() => readable(page), { timeout: 60_000 })
        .toMatch(/\b\d{1,2}\.\d{1,2}\.\d{4} \d{2}\.\d{2}\b/)
      expect(await page.title()).toContain('Arctic Smartness')
      expect(await page.locator('img[src*="gravatar"]').count()).toBe(0)
      await page.context().close()
    }, 900_000)
  }
})

describe.skipIf(!chromium.ok)('the Finnish admin on a phone', () => {
  it('reads in Finnish and fits the screen: dashboard, lists, edit views', async () => {
    const page = await signIn('fi', phoneDevice)
    const paths = [
      '/admin',
      '/admin/collections/news',
      '/admin/collections/news/create',
      `/admin/collections/joinRequests/${joinRequest}`,
      `/admin/collections/partners/${partner}`,
      '/admin/collections/newsletters/create',
      // The send panel, with its plan per language.
      `/admin/collections/newsletters/${newsletter}`,
    ]
    const problems: string[] = []
    for (const path of paths) {
      problems.push(...(await untranslated(page, server.baseUrl, path, 'admin-fi-phone')))
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      )
      if (sideways > 1) problems.push(`${path}: scrolls ${sideways} px sideways`)
    }
    expect(problems).toEqual([])
    await page.context().close()
  }, 600_000)
})

describe.skipIf(!chromium.ok)('a join request in the Finnish admin', () => {
  it('offers only the moves it allows, tells where it came from, and replies in Swedish', async () => {
    const page = await signIn('fi')
    await page.goto(`${server.baseUrl}/admin/collections/joinRequests/${joinRequest}`)
    const status = page.locator('#field-status')
    await status.locator('.react-select').click()
    const offered = await page.locator('.rs__option').allInnerTexts()
    expect(offered).toEqual(['Uusi', 'Yhteyttä otettu', 'Ei nyt'])
    await screenshot(page, 'admin-fi-join-request-moves')

    const about = page.locator('section[aria-labelledby="join-request-about"]')
    const told = await about.innerText()
    expect(told).toContain('Tuli kumppanisivustolta https://lapland.example.test.')
    expect(told).toContain('Yritys asioi kielellä ruotsi.')
    expect(told).toContain('Toimiala: 55101 Majoitus- ja ravitsemistoiminta')
    const reply = about.getByRole('link', { name: 'Vastaa sähköpostilla (kieli: ruotsi)' })
    const mailto = new URL((await reply.getAttribute('href'))!)
    expect(mailto.protocol).toBe('mailto:')
    expect(decodeURIComponent(mailto.pathname)).toBe('sara@revontulet.example.test')
    expect(mailto.searchParams.get('subject')).toBe(
      'Er ansökan om att ansluta till Arctic Smartness-klustren',
    )
    expect(mailto.searchParams.get('body')).toMatch(/^Hej Sara Lind,\n\ntack för att Saariselän/)

    // The one allowed move, saved from this address (SERVER_URL): the cookie serves it.
    await page.locator('.rs__option', { hasText: 'Yhteyttä otettu' }).click()
    await page.locator('#action-save').click()
    await expect
      .poll(
        async () => {
          const saved = await server.payload.findByID({
            collection: 'joinRequests',
            id: joinRequest,
          })
          return saved.status
        },
        { timeout: 60_000 },
      )
      .toBe('contacted')
    await page.reload()
    await status.locator('.react-select').click()
    expect(await page.locator('.rs__option').allInnerTexts()).toEqual([
      'Yhteyttä otettu',
      'Liittynyt',
      'Ei nyt',
    ])
    await page.context().close()
  }, 300_000)
})

describe.skipIf(!chromium.ok)('a partner’s key in the Finnish admin', () => {
  it('issues the first key as such, copies it and shows its prefix without a reload', async () => {
    const page = await signIn('fi')
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl })
    await page.goto(`${server.baseUrl}/admin/collections/partners/${partner}`)
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.accept()
    })
    await page.getByRole('button', { name: 'Anna avain', exact: true }).click()
    const key = await page.locator('#partner-new-key').inputValue()
    expect(dialogs).toEqual(['Annetaanko kumppanille sen ensimmäinen avain?'])
    const panel = page.locator('section[aria-labelledby="partner-key-panel"]')
    expect(await panel.getByRole('status').innerText()).toBe(
      'Avain annettu. Kopioi se nyt: sitä ei näytetä uudelleen.',
    )
    const saved = await server.payload.findByID({ collection: 'partners', id: partner })
    expect(key.startsWith(saved.keyPrefix!)).toBe(true)
    // The sidebar's key fields show it before any reload.
    await expect
      .poll(() => page.inputValue('#field-keyPrefix'), { timeout: 60_000 })
      .toBe(saved.keyPrefix)

    await panel.getByRole('button', { name: 'Kopioi', exact: true }).click()
    await panel.getByRole('button', { name: 'Kopioitu', exact: true }).waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key)
    await screenshot(page, 'admin-fi-partner-first-key')

    await page.getByRole('button', { name: 'Anna uusi avain', exact: true }).click()
    await expect.poll(() => dialogs.length, { timeout: 60_000 }).toBe(2)
    expect(dialogs[1]).toBe('Annetaanko uusi avain? Nykyinen avain toimii vielä 24 tuntia.')
    await page.context().close()
  }, 300_000)
})

describe.skipIf(!chromium.ok)('the admin at an address the login cookie cannot serve', () => {
  it('says so and links SERVER_URL, in the admin’s language', async () => {
    const elsewhere = server.baseUrl.replace('localhost', '127.0.0.1')
    const context = await browser.newContext({ locale: 'fi-FI' })
    const page = await context.newPage()
    await page.goto(`${elsewhere}/admin/login`)
    // Next's route announcer is an alert too: ours is the one that says this.
    const alert = page.getByRole('alert').filter({ hasText: 'Kirjautuminen ei voi toimia' })
    await alert.waitFor()
    expect(await alert.innerText()).toContain(`(${elsewhere})`)
    const link = alert.getByRole('link', { name: `Avaa ylläpito osoitteessa ${server.baseUrl}` })
    expect(await link.getAttribute('href')).toBe(`${server.baseUrl}/admin/login`)
    await screenshot(page, 'admin-fi-other-address')

    // At SERVER_URL itself there is nothing to say.
    await page.goto(`${server.baseUrl}/admin/login`)
    await page.locator('input[name="email"]').waitFor()
    expect(await alert.count()).toBe(0)
    await context.close()
  }, 300_000)
})
