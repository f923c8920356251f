import type { Browser, BrowserContext, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { translate } from '@/i18n'
import { newsPreviewUrl } from '@/platform/previewUrls'
import { endonyms, t } from '@/site/i18n'

import {
  describeViolations,
  ensureChromium,
  isSerious,
  launchChromium,
  phoneDevice,
  runAxe,
  screenshot,
} from '../helpers/browser'
import { buildingHookTimeout } from '../helpers/productionBuild'
import { startSite, type Site } from '../helpers/site'
import { testPassword } from '../helpers/users'

/**
 * The public newsroom (src/app/(site)) in a real Chromium against the production build with the
 * demo content: every page passes axe (WCAG 2.1 A/AA) without serious or critical violations, has
 * hreflang alternates and a working language switcher, the subscribe and event registration
 * forms work without JavaScript (and with it), and only a signed-in editor gets into the preview.
 */
const chromium = await ensureChromium()

const seeded = {
  fi: {
    slug: 'lappilaiseen-klusteritoimintaan-tarvitaan-mukaan-lisaa-yrityksia',
    title: 'Lappilaiseen klusteritoimintaan tarvitaan mukaan lisää yrityksiä',
  },
  sv: {
    slug: 'fler-foretag-behovs-i-klusterverksamheten-i-lappland',
    title: 'Fler företag behövs i klusterverksamheten i Lappland',
  },
  en: {
    slug: 'more-companies-needed-in-laplands-cluster-activities',
    title: 'More companies needed in Lapland’s cluster activities',
  },
} as const

let server: Site | undefined
let baseUrl: string
let browser: Browser
let context: BrowserContext
let page: Page
const timings: string[] = []
const screenshots: string[] = []
const axeReport: string[] = []
const serverUrlBefore = process.env.SERVER_URL

async function timed<T>(label: string, step: () => Promise<T>): Promise<T> {
  const started = Date.now()
  try {
    return await step()
  } finally {
    timings.push(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
}

/** Opens a path and expects the status; the response of the last navigation. */
async function open(path: string, status = 200, on: Page = page) {
  const response = await timed(`GET ${path}`, () => on.goto(`${baseUrl}${path}`))
  expect(response?.status(), `${path} answered ${response?.status()}`).toBe(status)
  return response
}

/** axe-core on the page as it is now: prints every violation, fails on serious and critical. */
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
  screenshots.push(await screenshot(on, `public-site-${name}`))
}

/** `<link rel="alternate" hreflang>` of the page, as { hreflang: href }. */
const hreflangs = (on: Page = page) =>
  on.$$eval('link[rel="alternate"][hreflang]', (links) =>
    Object.fromEntries(
      links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
    ),
  )

/** The page's structure: its language, its h1s and landmarks, and the skip link's target. */
const outline = (on: Page = page) =>
  on.evaluate(() => ({
    lang: document.documentElement.lang,
    h1: [...document.querySelectorAll('h1')].map((h) => h.textContent?.trim()),
    main: document.querySelectorAll('main').length,
    banner: document.querySelectorAll('body > header').length,
    contentinfo: document.querySelectorAll('body > footer').length,
    skipTarget: document.querySelector('a.skip-link')?.getAttribute('href'),
  }))

async function expectWellFormed(lang: string, h1: string, on: Page = page) {
  expect(await outline(on)).toEqual({
    lang,
    h1: [h1],
    main: 1,
    banner: 1,
    contentinfo: 1,
    skipTarget: '#main',
  })
}

async function login(): Promise<string> {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'site-editor@example.test', password: testPassword }),
  })
  const { token } = (await response.json()) as { token?: string }
  if (!token) throw new Error(`login failed: ${response.status}`)
  return token
}

describe.skipIf(!chromium.ok)('the public newsroom in Chromium', () => {
  // The first e2e file of a run builds the site: on a shared 2-core machine that can take minutes.
  beforeAll(async () => {
    server = await timed('npm start on the run’s build, with the demo content', () =>
      startSite({ admin: { email: 'site-editor@example.test', password: testPassword } }),
    )
    baseUrl = server.baseUrl
    // newsPreviewUrl() in this process builds addresses on the server under test.
    process.env.SERVER_URL = baseUrl
    browser = await timed('launch Chromium', launchChromium)
    context = await browser.newContext({ locale: 'fi-FI' })
    page = await context.newPage()
  }, buildingHookTimeout)

  afterAll(async () => {
    process.env.SERVER_URL = serverUrlBefore
    await browser?.close()
    await server?.stop()
    console.info(`public site, axe (WCAG 2.1 A/AA):\n${axeReport.join('\n')}`)
    console.info(`public site, timings:\n  ${timings.join('\n  ')}`)
    console.info(`public site, screenshots:\n  ${screenshots.join('\n  ')}`)
  }, 30_000)

  it('sends the site root to the Finnish newsroom', async () => {
    const response = await fetch(`${baseUrl}/`, { redirect: 'manual' })
    expect(response.status).toBe(307)
    expect(new URL(response.headers.get('location')!, baseUrl).pathname).toBe('/fi')
  }, 120_000)

  it('lists the news of each language on its front page, accessibly', async () => {
    for (const locale of ['fi', 'sv', 'en'] as const) {
      await open(`/${locale}`)
      await expectWellFormed(locale, t(locale, 'news.list.title'))
      await expect(page.locator('.news-list h2 a').first().textContent()).resolves.toBe(
        seeded[locale].title,
      )
      expect(await hreflangs()).toEqual({
        fi: `${baseUrl}/fi`,
        sv: `${baseUrl}/sv`,
        en: `${baseUrl}/en`,
        'x-default': `${baseUrl}/fi`,
      })
      await expectAccessible(`/${locale}`)
      await shoot(`front-${locale}`)
    }
    // The skip link is the first thing the keyboard reaches, and it is visible then.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link')
    expect((await page.locator('.skip-link').boundingBox())?.y).toBeGreaterThanOrEqual(0)
  }, 240_000)

  it('has an axe check that would catch a violation (it is not vacuously green)', async () => {
    await page.evaluate(() => {
      const main = document.querySelector('main')!
      main.insertAdjacentHTML('beforeend', '<p>faint</p><img src="/x.png" width="1" height="1">')
      // Styled from script: the page's policy refuses an inline style attribute.
      const faint = main.lastElementChild!.previousElementSibling as HTMLElement
      faint.style.color = '#aaa'
      faint.style.background = '#fff'
    })
    const found = (await runAxe(page)).filter(isSerious).map((violation) => violation.id)
    expect(found).toEqual(expect.arrayContaining(['color-contrast', 'image-alt']))
  }, 60_000)

  it('filters the front page by cluster and paginates', async () => {
    await open('/sv?cluster=arctic-design')
    expect(await page.locator('.cluster-filter a[aria-current="page"]').textContent()).toBe(
      'Arktisk design',
    )
    await expect(page.locator('h1').textContent()).resolves.toBe('Nyheter: Arktisk design')
    await open('/sv?cluster=no-such-cluster', 404)
    await open('/sv?page=2', 404)
    await open('/sv?page=x', 404)
  }, 120_000)

  it('shows a news item with its alternates and switches to the same item in Swedish', async () => {
    await open('/fi')
    await timed('open the item from the list', () =>
      Promise.all([
        page.waitForURL(`**/fi/news/${seeded.fi.slug}`),
        page.click(`text=${seeded.fi.title}`),
      ]),
    )
    await expectWellFormed('fi', seeded.fi.title)
    const api = await fetch(`${baseUrl}/api/news?locale=fi&where[slug][equals]=${seeded.fi.slug}`)
    const { docs } = (await api.json()) as {
      docs: { alternates: { locale: string; url: string }[] }[]
    }
    const expected = Object.fromEntries(docs[0]!.alternates.map(({ locale, url }) => [locale, url]))
    expect(Object.keys(expected).sort()).toEqual(['en', 'fi', 'sv'])
    expect(await hreflangs()).toEqual({ ...expected, 'x-default': expected.fi })
    expect(await page.textContent('main')).toContain('Kaarina Mäcklin')
    expect(await page.textContent('main time')).toBe('8. maaliskuuta 2022')
    await expectAccessible('news item (fi)')
    await shoot('news-fi')

    const switcher = page.getByRole('navigation', { name: t('fi', 'nav.languages') })
    await Promise.all([
      page.waitForURL(`**/sv/news/${seeded.sv.slug}`),
      switcher.getByText('Svenska').click(),
    ])
    await expectWellFormed('sv', seeded.sv.title)
    expect(await page.textContent('main time')).toBe('8 mars 2022')
    expect(await page.getByRole('heading', { name: 'Mer information' }).count()).toBe(1)
    await expectAccessible('news item (sv)')
    await shoot('news-sv')

    // A real 404. Next renders the not-found page in the browser (it does not server-render
    // notFound() with several root layouts: vercel/next.js#59180, #62228).
    await open('/fi/news/ei-tallaista-uutista', 404)
    await page.locator('h1').waitFor()
    await expectWellFormed('fi', t('fi', 'notFound.title'))
    await open(`/sv/news/${seeded.fi.slug}`, 404)
    await open('/de', 404)
    await open('/en/news/nothing-here', 404)
    await page.locator('h1').waitFor()
    await expectWellFormed('en', t('en', 'notFound.title'))
    await open('/de/news/anything', 404)
    await page.locator('h1').waitFor()
    await expectAccessible('404 page')
    await shoot('not-found')
  }, 240_000)

  it('shows the clusters and a cluster page with its news', async () => {
    await open('/en/clusters')
    await expectWellFormed('en', t('en', 'clusters.title'))
    expect(await page.locator('.cards h2').count()).toBe(6)
    await expectAccessible('/en/clusters')
    await shoot('clusters-en')

    await Promise.all([
      page.waitForURL('**/en/clusters/arctic-design'),
      page.click('text=Arctic Design'),
    ])
    await expectWellFormed('en', 'Arctic Design')
    expect(await page.textContent('main')).toContain('Product and service design')
    expect(await page.locator('main .news-list a').first().textContent()).toBe(seeded.en.title)
    // The cluster's own checkbox is ticked in its page's subscribe form.
    expect(await page.locator('input[name="clusters"][value="arctic-design"]').isChecked()).toBe(
      true,
    )
    expect(await hreflangs()).toMatchObject({
      fi: `${baseUrl}/fi/clusters/arctic-design`,
      sv: `${baseUrl}/sv/clusters/arctic-design`,
      'x-default': `${baseUrl}/fi/clusters/arctic-design`,
    })
    await expectAccessible('/en/clusters/arctic-design')
    await shoot('cluster-en')
    await open('/en/clusters/no-such-cluster', 404)
  }, 240_000)

  it('lists each expert once, with the clusters they work with', async () => {
    await open('/sv/experts')
    await expectWellFormed('sv', t('sv', 'experts.title'))
    // Two people in the demo: two entries, not two per cluster.
    expect(await page.locator('main .people > li').count()).toBe(2)
    const kaarina = page.locator('main .people > li', { hasText: 'Kaarina Mäcklin' })
    expect(await kaarina.locator('.person__clusters a').count()).toBe(6)
    expect(await kaarina.locator('.person__clusters a').first().getAttribute('href')).toBe(
      '/sv/clusters/arctic-industry-and-circular-economy',
    )
    await expectAccessible('/sv/experts')
    await shoot('experts-sv')
    await open('/sv/experts?cluster=arctic-safety')
    expect(await page.locator('main h2').first().textContent()).toBe(
      t('sv', 'experts.ofCluster', { cluster: 'Arktisk säkerhet' }),
    )
    expect(await page.locator('main .people > li').count()).toBe(2)
  }, 240_000)

  it('lists events and shows the seeded one with its recording, hreflang and JSON-LD', async () => {
    await open('/fi/events')
    await expectWellFormed('fi', t('fi', 'events.title'))
    const past = page.locator('main section', { hasText: t('fi', 'events.past') })
    expect(
      await past.getByRole('link', { name: t('fi', 'events.recording') }).getAttribute('href'),
    ).toBe('https://arcticsmartness.fi/arctic-smartness-suuntia-tulevaan-23-24-2-2022/')
    // The head and the page name the events' feeds; the JSON Feed holds the upcoming demo event.
    const alternate = (type: string) =>
      page.locator(`head link[rel="alternate"][type="${type}"]`).getAttribute('href')
    expect(await alternate('application/feed+json')).toBe(`${baseUrl}/api/feeds/fi/events.json`)
    expect(await alternate('text/calendar')).toBe(`${baseUrl}/api/feeds/fi/events.ics`)
    expect(await page.locator('main a[type="application/feed+json"]').getAttribute('href')).toBe(
      '/api/feeds/fi/events.json',
    )
    expect(
      await page.locator('.site-footer a[type="application/feed+json"]').getAttribute('href'),
    ).toBe('/api/feeds/fi/events.json')
    const feed = (await (await fetch(`${baseUrl}/api/feeds/fi/events.json`)).json()) as {
      version: string
      items: { url: string; _event: { timeZone: string } }[]
    }
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    const demo = feed.items.find((item) =>
      item.url.endsWith('/fi/events/demo-klusteriaamu-yrityksille'),
    )
    expect(demo?._event.timeZone).toBe('Europe/Helsinki')
    await expectAccessible('/fi/events')

    await open('/sv/events/arctic-smartness-riktningar-for-framtiden-2022')
    await expectWellFormed('sv', 'Arctic Smartness – Suuntia tulevaan (Riktningar för framtiden)')
    expect(await hreflangs()).toMatchObject({
      fi: `${baseUrl}/fi/events/arctic-smartness-suuntia-tulevaan-2022`,
      en: `${baseUrl}/en/events/arctic-smartness-directions-for-the-future-2022`,
    })
    const data = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    )
    expect(data).toMatchObject({
      '@type': 'Event',
      startDate: '2022-02-23T07:00:00.000Z',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    })
    await expectAccessible('past event (sv)')
  }, 240_000)

  it('marks a cancelled event in the list and on its page, with no form, accessibly', async () => {
    const startsAt = new Date(Date.now() + 20 * 86_400_000)
    const response = await fetch(`${baseUrl}/api/events?locale=fi`, {
      method: 'POST',
      headers: { Authorization: `JWT ${await login()}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: 'Peruttu klusteriaamu',
        slug: 'peruttu-klusteriaamu',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
        format: 'online',
        onlineUrl: 'https://example.test/stream',
        cancelled: true,
        _status: 'published',
      }),
    })
    expect(response.status, await response.clone().text()).toBe(201)
    const cancelled = t('fi', 'events.cancelled')

    await open('/fi/events')
    const item = page.locator('main li', { hasText: 'Peruttu klusteriaamu' })
    await expect(item.getByText(cancelled).count()).resolves.toBe(1)
    const demo = page.locator('main li', { hasText: 'Demo: klusteriaamu yrityksille' })
    await expect(demo.getByText(cancelled).count()).resolves.toBe(0)
    await expectAccessible('/fi/events with a cancelled event')

    await open('/fi/events/peruttu-klusteriaamu')
    await expect(page.getByRole('status').textContent()).resolves.toContain(cancelled)
    await expect(page.locator('main form').count()).resolves.toBe(0)
    await expectAccessible('cancelled event (fi)')
  }, 240_000)

  it('registers for the upcoming event through its form, without JavaScript and with it', async () => {
    const slug = { sv: 'demo-klustermorgon-for-foretag', fi: 'demo-klusteriaamu-yrityksille' }
    const plain = await browser.newContext({ javaScriptEnabled: false, locale: 'sv-SE' })
    const noScript = await plain.newPage()
    try {
      const path = `/sv/events/${slug.sv}`
      await open(path, 200, noScript)
      expect(await noScript.textContent('main')).toContain(
        t('sv', 'events.seatsLeft', { count: 20 }),
      )
      const form = noScript.locator('form.subscribe-form')
      for (const name of ['name', 'email', 'organisation']) {
        const id = await form.locator(`input[name="${name}"]`).getAttribute('id')
        expect(await noScript.locator(`label[for="${id}"]`).count(), name).toBe(1)
      }
      // By name: the consent's text also says "name" and "email".
      await form.locator('input[name="name"]').fill('Sara Svensson')
      await form.locator('input[name="email"]').fill('sara.register.e2e@example.fi')
      await form.locator('input[name="organisation"]').fill('Norrsken Design Ab')
      await form.getByLabel(endonyms.en).check()
      await form.getByLabel(translate('sv', 'consent.register.text'), { exact: false }).check()
      // The answer is the same address, rendered anew for the form's POST.
      const [posted] = await timed('no-JS registration', () =>
        Promise.all([
          noScript.waitForResponse(
            (response) => response.request().method() === 'POST' && response.url().endsWith(path),
          ),
          form.locator('button').click(),
        ]),
      )
      expect(posted.status()).toBe(200)
      expect(await posted.request().headerValue('next-action')).toBeNull()
      const answer = noScript.getByRole('status')
      expect(await answer.locator('h3').textContent()).toBe(t('sv', 'events.register.doneTitle'))
      expect(await answer.locator('p').textContent()).toBe(translate('sv', 'api.register.accepted'))
      expect(await noScript.evaluate(() => document.documentElement.lang)).toBe('sv')
      expect(await noScript.locator('form.subscribe-form').count()).toBe(0)
      await shoot('register-done-nojs-sv', noScript)
      // axe needs JavaScript (the answer's markup is checked below, with it): refused, not hung.
      await expect(runAxe(noScript)).rejects.toThrow('JavaScript disabled')
    } finally {
      await plain.close()
    }

    // With JavaScript (React has hydrated the form) the action is called in place.
    await open(`/fi/events/${slug.fi}`)
    const form = page.locator('form.subscribe-form')
    await page.waitForFunction(() =>
      Object.keys(document.querySelector('form.subscribe-form') ?? {}).some((key) =>
        key.startsWith('__reactFiber'),
      ),
    )
    await expectAccessible('upcoming event with its registration form (fi)')
    await form.locator('input[name="name"]').fill('Maija Mäkelä')
    await form.locator('input[name="email"]').fill('maija.register.e2e@example.fi')
    await form.getByLabel(translate('fi', 'consent.register.text'), { exact: false }).check()
    const [called] = await timed('registration with JavaScript', () =>
      Promise.all([
        page.waitForRequest((request) => request.method() === 'POST'),
        form.locator('button').click(),
      ]),
    )
    expect(await called.headerValue('next-action')).toBeTruthy()
    const answer = page.getByRole('status')
    await answer.waitFor()
    expect(await answer.locator('h3').textContent()).toBe(t('fi', 'events.register.doneTitle'))
    expect(await answer.locator('p').textContent()).toBe(translate('fi', 'api.register.accepted'))
    // The answer takes the focus, so a screen reader reads it where the form was.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')))
      .toBe('status')
    await expectAccessible('upcoming event, registration accepted (fi, JavaScript)')
    await shoot('register-done-js-fi')

    // Both as POST /api/events/:id/register stores them: pending until the address is confirmed.
    const token = await login()
    const staff = async (query: string) =>
      (
        await (
          await fetch(`${baseUrl}/api/${query}`, { headers: { Authorization: `JWT ${token}` } })
        ).json()
      ).docs
    const [event] = await staff(`events?locale=fi&where[slug][equals]=${slug.fi}&depth=0`)
    const stored = await staff(`registrations?where[event][equals]=${event.id}&sort=email&depth=0`)
    expect(stored).toMatchObject([
      {
        email: 'maija.register.e2e@example.fi',
        name: 'Maija Mäkelä',
        status: 'pending',
        locale: 'fi',
        consent: { text: translate('fi', 'consent.register.text') },
      },
      {
        email: 'sara.register.e2e@example.fi',
        name: 'Sara Svensson',
        organisation: 'Norrsken Design Ab',
        status: 'pending',
        locale: 'en',
        consent: { text: translate('en', 'consent.register.text') },
      },
    ])
  }, 240_000)

  it('subscribes to the newsletter without JavaScript, errors shown by the field', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false, locale: 'fi-FI' })
    const noScript = await plain.newPage()
    try {
      await open('/fi', 200, noScript)
      const form = noScript.locator('form.subscribe-form')
      // Passes the browser's own check for type=email, not ours (no dot in the domain).
      await form.getByLabel(t('fi', 'newsletter.email')).fill('lukija@example')
      await form.getByLabel('ruotsi').check()
      await form.getByLabel('Arktinen muotoilu').check()
      await form.getByLabel(translate('fi', 'consent.text')).check()
      await timed('no-JS subscribe, refused', () =>
        Promise.all([noScript.waitForURL('**/fi/newsletter'), form.locator('button').click()]),
      )
      const email = noScript.locator('form.subscribe-form input[name="email"]')
      expect(await email.getAttribute('aria-invalid')).toBe('true')
      const describedBy = await email.getAttribute('aria-describedby')
      expect(await noScript.locator(`[id="${describedBy}"]`).textContent()).toBe(
        t('fi', 'newsletter.error.email'),
      )
      // What was entered is kept.
      expect(await email.inputValue()).toBe('lukija@example')
      expect(await noScript.getByLabel('ruotsi').isChecked()).toBe(true)
      expect(await noScript.getByLabel('Arktinen muotoilu').isChecked()).toBe(true)
      await shoot('subscribe-error-nojs', noScript)

      await email.fill('lukija.e2e@example.fi')
      await timed('no-JS subscribe, accepted', () =>
        Promise.all([
          noScript.waitForURL('**/fi/newsletter'),
          noScript.locator('form.subscribe-form button').click(),
        ]),
      )
      expect(await noScript.getByRole('status').textContent()).toContain(
        translate('fi', 'api.subscribe.accepted'),
      )
      await shoot('subscribe-done-nojs', noScript)
    } finally {
      await plain.close()
    }

    // The same subscription logic as the API ran: a pending subscriber with the proof of consent.
    const token = await login()
    const found = await fetch(
      `${baseUrl}/api/subscribers?where[email][equals]=lukija.e2e@example.fi&depth=1`,
      { headers: { Authorization: `JWT ${token}` } },
    )
    const { docs } = (await found.json()) as {
      docs: {
        status: string
        locale: string
        clusters: { slug: string }[]
        consent: { text: string }
      }[]
    }
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ status: 'pending', locale: 'sv' })
    expect(docs[0]!.clusters.map((cluster) => cluster.slug)).toEqual(['arctic-design'])

    // With JavaScript the form answers in place; its error state passes axe as well.
    await open('/en/newsletter')
    await page.getByLabel(t('en', 'newsletter.email')).fill('reader@example')
    await page.getByLabel(translate('en', 'consent.text')).check()
    await page.locator('form.subscribe-form button').click()
    await page.locator('.field-error').waitFor()
    await expectAccessible('subscribe form with an error')
    await shoot('subscribe-error-js')
  }, 240_000)

  it('lets only a signed-in editor preview a draft, with a banner and a way out', async () => {
    const anonymous = await fetch(`${baseUrl}/next/preview?collection=news&id=1&locale=fi`, {
      redirect: 'manual',
    })
    expect(anonymous.status).toBe(401)
    expect(anonymous.headers.get('set-cookie') ?? '').not.toContain('__prerender_bypass')
    await open('/next/preview?collection=news&id=1&locale=fi', 401)
    expect(await page.textContent('body')).toContain(t('fi', 'preview.refused.anonymous'))
    expect((await fetch(`${baseUrl}/next/preview?collection=users&id=1&locale=fi`)).status).toBe(
      400,
    )

    // A draft, in Finnish only: invisible to readers, visible to its editor in preview.
    const token = await login()
    const created = await fetch(`${baseUrl}/api/news?locale=fi`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: 'Esikatseltava luonnos',
        summary: 'Vielä kesken.',
        _status: 'draft',
      }),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
    await open(`/fi/news/${doc.slug}`, 404)

    const editor = await browser.newContext({ locale: 'fi-FI' })
    await editor.addCookies([{ name: 'payload-token', value: token, url: baseUrl }])
    const preview = await editor.newPage()
    try {
      const url = newsPreviewUrl({ id: doc.id, slug: doc.slug, locale: 'fi' })
      expect(url.startsWith(`${baseUrl}/next/preview?`)).toBe(true)
      await timed('preview a draft', () => preview.goto(url))
      expect(new URL(preview.url()).pathname).toBe(`/fi/news/${doc.slug}`)
      await expectWellFormed('fi', 'Esikatseltava luonnos', preview)
      expect(await preview.textContent('.preview-banner')).toContain(t('fi', 'preview.banner'))
      await expectAccessible('preview of a draft', preview)
      await shoot('preview-draft', preview)

      await Promise.all([
        preview.waitForURL(`${baseUrl}/fi`),
        preview.click(`text=${t('fi', 'preview.exit')}`),
      ])
      expect(await preview.locator('.preview-banner').count()).toBe(0)
      expect((await preview.goto(`${baseUrl}/fi/news/${doc.slug}`))?.status()).toBe(404)
    } finally {
      await editor.close()
    }
  }, 240_000)

  it('has a news archive with a cluster filter and pages that work without JavaScript', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false, locale: 'fi-FI' })
    const noScript = await plain.newPage()
    try {
      await open('/fi/news', 200, noScript)
      await expectWellFormed('fi', t('fi', 'news.list.title'), noScript)
      expect(await noScript.locator('.news-list h2 a').first().textContent()).toBe(seeded.fi.title)
      // The menu's "News" is the archive, and it is the current page there.
      const menu = noScript.getByRole('navigation', { name: t('fi', 'nav.main') })
      expect(await menu.locator('a[aria-current="page"]').textContent()).toBe(t('fi', 'nav.news'))
      await Promise.all([
        noScript.waitForURL('**/fi/news?cluster=arctic-safety'),
        noScript.locator('.cluster-filter a', { hasText: 'Arktinen turvallisuus' }).click(),
      ])
      expect(await noScript.locator('h1').textContent()).toBe(
        t('fi', 'news.list.titleCluster', { cluster: 'Arktinen turvallisuus' }),
      )
      expect(await hreflangs(noScript)).toMatchObject({
        sv: `${baseUrl}/sv/news?cluster=arctic-safety`,
      })
    } finally {
      await plain.close()
    }
    await open('/fi/news?page=2', 404)
    await open('/fi/news?cluster=no-such-cluster', 404)

    // Eleven items make two pages, linked both ways.
    const token = await login()
    const made: number[] = []
    for (let i = 1; i <= 10; i++) {
      const response = await fetch(`${baseUrl}/api/news?locale=fi`, {
        method: 'POST',
        headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          title: `Arkiston uutinen ${i}`,
          summary: 'Sivuja varten.',
          _status: 'published',
          publishedAt: new Date(Date.UTC(2021, 0, i)).toISOString(),
        }),
      })
      expect(response.status).toBe(201)
      made.push(((await response.json()) as { doc: { id: number } }).doc.id)
    }
    try {
      await open('/fi/news')
      expect(await page.locator('.news-list > li').count()).toBe(10)
      await Promise.all([
        page.waitForURL('**/fi/news?page=2'),
        page.locator('a[rel="next"]').click(),
      ])
      expect(await page.locator('.news-list h2 a').allTextContents()).toEqual([
        'Arkiston uutinen 1',
      ])
      expect(await page.locator('a[rel="prev"]').getAttribute('href')).toBe('/fi/news')
    } finally {
      for (const id of made) {
        await fetch(`${baseUrl}/api/news/${id}`, {
          method: 'DELETE',
          headers: { Authorization: `JWT ${token}` },
        })
      }
    }
  }, 240_000)

  it('shows a news item’s picture in the lists, and shares it in og: and Twitter tags', async () => {
    const token = await login()
    const form = new FormData()
    const png = await sharp({
      create: { width: 1200, height: 630, channels: 3, background: '#1e5aa0' },
    })
      .png()
      .toBuffer()
    // A name of its own: media/ outlives the run, and Payload numbers a name already taken.
    const name = `tunturi-${Date.now()}`
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `${name}.png`)
    form.append('_payload', JSON.stringify({ alt: 'Tunturi talvella' }))
    const uploaded = await fetch(`${baseUrl}/api/media?locale=fi`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
      body: form,
    })
    expect(uploaded.status).toBe(201)
    const media = ((await uploaded.json()) as { doc: { id: number } }).doc
    const found = await fetch(`${baseUrl}/api/news?where[slug][equals]=${seeded.fi.slug}&locale=fi`)
    const item = ((await found.json()) as { docs: { id: number }[] }).docs[0]!
    const patched = await fetch(`${baseUrl}/api/news/${item.id}?locale=fi`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ heroImage: media.id }),
    })
    expect(patched.status).toBe(200)

    await open('/fi/news')
    const thumbnail = page.locator('.news-list img.news-card__image').first()
    expect(await thumbnail.getAttribute('alt')).toBe('')
    expect(await thumbnail.getAttribute('src')).toMatch(new RegExp(`/${name}-400x\\d+\\.png$`))
    // The picture loaded: a broken address would leave it 0 wide.
    await thumbnail.scrollIntoViewIfNeeded()
    await page.waitForFunction(
      () => (document.querySelector('img.news-card__image') as HTMLImageElement)?.naturalWidth > 0,
    )
    await expectAccessible('/fi/news with a picture')
    await shoot('news-archive-fi')

    await open(`/fi/news/${seeded.fi.slug}`)
    const meta = (selector: string) => page.locator(selector).getAttribute('content')
    expect(await meta('meta[property="og:type"]')).toBe('article')
    expect(await meta('meta[property="og:title"]')).toBe(
      `${seeded.fi.title} – ${t('fi', 'site.name')}`,
    )
    expect(await meta('meta[property="og:url"]')).toBe(`${baseUrl}/fi/news/${seeded.fi.slug}`)
    expect(await meta('meta[property="og:locale"]')).toBe('fi_FI')
    expect(await meta('meta[property="og:site_name"]')).toBe(t('fi', 'site.name'))
    expect(await meta('meta[property="og:image"]')).toMatch(
      new RegExp(`^${baseUrl}/.*/${name}-800x\\d+\\.png$`),
    )
    expect(await meta('meta[property="og:image:alt"]')).toBe('Tunturi talvella')
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image')
    expect(await meta('meta[name="twitter:title"]')).toBe(
      `${seeded.fi.title} – ${t('fi', 'site.name')}`,
    )
    const image = await fetch((await meta('meta[property="og:image"]'))!)
    expect(image.status).toBe(200)
    // The bare address in the article's text is a link.
    const recording = 'https://arcticsmartness.fi/arctic-smartness-suuntia-tulevaan-23-24-2-2022/'
    expect(await page.locator(`.rich-text a[href="${recording}"]`).textContent()).toBe(recording)

    await open('/en/clusters')
    expect(await meta('meta[property="og:type"]')).toBe('website')
    expect(await meta('meta[name="twitter:card"]')).toBe('summary')
  }, 240_000)

  it('searches from the box on every page, without JavaScript', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false, locale: 'fi-FI' })
    const noScript = await plain.newPage()
    try {
      await open('/en/clusters', 200, noScript)
      const box = noScript.getByRole('search').first()
      await box.getByLabel(t('en', 'search.label')).fill('companies')
      await Promise.all([
        noScript.waitForURL('**/en/search?q=companies'),
        box.getByRole('button').click(),
      ])
      await expectWellFormed('en', t('en', 'search.title'), noScript)
      const hits = noScript.locator('.search-hits > li')
      expect(await hits.count()).toBeGreaterThan(0)
      const item = hits.locator(`h2 a[href="/en/news/${seeded.en.slug}"]`)
      expect(await item.count()).toBe(1)
      expect(await item.locator('mark').count()).toBeGreaterThan(0)
      // The same answer GET /api/search gives.
      const api = await fetch(`${baseUrl}/api/search?q=companies&locale=en`)
      const { totalDocs } = (await api.json()) as { totalDocs: number }
      expect(await noScript.locator('#search-results').textContent()).toBe(
        t('en', 'search.count', { count: totalDocs, q: 'companies' }),
      )
    } finally {
      await plain.close()
    }
    await open('/sv/search?q=klusterverksamheten')
    expect(await page.locator(`.search-hits a[href="/sv/news/${seeded.sv.slug}"]`).count()).toBe(1)
    await open('/fi/search?q=x')
    expect(await page.locator('#search-q-error').textContent()).toBe(t('fi', 'search.tooShort'))
    await open('/fi/search?q=qwxzvbnm')
    expect(await page.locator('#search-results').textContent()).toBe(
      t('fi', 'search.none', { q: 'qwxzvbnm' }),
    )
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex')
  }, 240_000)

  it('suggests clusters for a need, with whom to contact, and leads to the join form', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false, locale: 'fi-FI' })
    const noScript = await plain.newPage()
    try {
      await open('/fi', 200, noScript)
      const menu = noScript.getByRole('navigation', { name: t('fi', 'nav.main') })
      await Promise.all([
        noScript.waitForURL('**/fi/match'),
        menu.getByText(t('fi', 'nav.match')).click(),
      ])
      await expectWellFormed('fi', t('fi', 'match.title'), noScript)
      await noScript.getByLabel(t('fi', 'match.need')).fill('Ympärivuotista matkailua Lapissa')
      await noScript.getByLabel(t('fi', 'match.municipality')).selectOption({ label: 'Rovaniemi' })
      await Promise.all([
        noScript.waitForURL('**/fi/match?q=*'),
        noScript.getByRole('button', { name: t('fi', 'match.submit') }).click(),
      ])
      const results = noScript.locator('.match-results')
      expect(await results.locator('#match-results').textContent()).toBe(t('fi', 'match.results'))
      const names = await results.locator('.cards h3 a').allTextContents()
      expect(names).toContain('Arktinen matkailuekosysteemi')
      // The demo's clusters have a coordinator: the matcher names her.
      expect(await results.textContent()).toContain('Kaarina Mäcklin')
      await Promise.all([
        noScript.waitForURL('**/fi/join?cluster=smart-and-sustainable-arctic-tourism'),
        results
          .getByRole('link', {
            name: t('fi', 'match.join', { cluster: 'Arktinen matkailuekosysteemi' }),
          })
          .click(),
      ])
      expect(
        await noScript
          .locator('input[name="clusters"][value="smart-and-sustainable-arctic-tourism"]')
          .isChecked(),
      ).toBe(true)
    } finally {
      await plain.close()
    }
    // GET /api/match on the demo names a person too.
    const api = await fetch(`${baseUrl}/api/match?locale=en&q=tourism`)
    const answer = (await api.json()) as { experts: { name: string; reason: string }[] }
    expect(answer.experts.map((expert) => expert.name)).toContain('Kaarina Mäcklin')
    await open('/fi/match?q=ab')
    expect(await page.locator('#match-q-error').textContent()).toBe(t('fi', 'match.error.need'))
    expect(await page.locator('#match-q').getAttribute('aria-invalid')).toBe('true')
  }, 240_000)

  it('has Join in the menu and on each cluster page; the form describes each cluster and help choosing', async () => {
    await open('/en/clusters/arctic-safety')
    const menu = page.getByRole('navigation', { name: t('en', 'nav.main') })
    expect(await menu.getByRole('link', { name: t('en', 'nav.join') }).getAttribute('href')).toBe(
      '/en/join',
    )
    await Promise.all([
      page.waitForURL('**/en/join?cluster=arctic-safety'),
      page.getByRole('link', { name: t('en', 'join.cta.cluster.link') }).click(),
    ])
    const safety = page.locator('input[name="clusters"][value="arctic-safety"]')
    const description = await safety.getAttribute('aria-describedby')
    expect(description).toBe('join-cluster-arctic-safety-description')
    const api = await fetch(`${baseUrl}/api/clusters?where[slug][equals]=arctic-safety&locale=en`)
    const { docs } = (await api.json()) as { docs: { shortDescription: string }[] }
    expect(await page.locator(`[id="${description}"]`).textContent()).toBe(
      docs[0]!.shortDescription,
    )
    // Six clusters, and "not sure, help me choose" with what it leads to.
    expect(await page.locator('.choice__description').count()).toBe(7)
    expect(
      await page
        .getByRole('checkbox', { name: t('en', 'join.helpChoosing') })
        .getAttribute('aria-describedby'),
    ).toBe('join-helpChoosing-description')
    await Promise.all([
      page.waitForURL('**/en/match'),
      page.getByRole('link', { name: t('en', 'join.helpChoose') }).click(),
    ])
  }, 240_000)

  it('serves robots.txt and a sitemap with every language of each page', async () => {
    const robots = await fetch(`${baseUrl}/robots.txt`)
    expect(robots.status).toBe(200)
    const text = await robots.text()
    expect(text).toContain(`Sitemap: ${baseUrl}/sitemap.xml`)
    expect(text).toMatch(/Disallow: \/admin/)

    const response = await fetch(`${baseUrl}/sitemap.xml`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('xml')
    const xml = await response.text()
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
    for (const locale of ['fi', 'sv', 'en'] as const) {
      expect(urls).toContain(`${baseUrl}/${locale}/news/${seeded[locale].slug}`)
      expect(urls).toContain(`${baseUrl}/${locale}/accessibility`)
      expect(urls).toContain(`${baseUrl}/${locale}/clusters/arctic-design`)
    }
    // The Finnish item names its Swedish and English versions.
    const entry = xml.slice(
      xml.indexOf(`<loc>${baseUrl}/fi/news/${seeded.fi.slug}</loc>`),
      xml.indexOf('</url>', xml.indexOf(`<loc>${baseUrl}/fi/news/${seeded.fi.slug}</loc>`)),
    )
    expect(entry).toContain(
      `<xhtml:link rel="alternate" hreflang="sv" href="${baseUrl}/sv/news/${seeded.sv.slug}" />`,
    )
    // So are the events page and each event, the Finnish one naming its other languages.
    const pastEvent = {
      fi: 'arctic-smartness-suuntia-tulevaan-2022',
      sv: 'arctic-smartness-riktningar-for-framtiden-2022',
      en: 'arctic-smartness-directions-for-the-future-2022',
    }
    for (const locale of ['fi', 'sv', 'en'] as const) {
      expect(urls).toContain(`${baseUrl}/${locale}/events`)
      expect(urls).toContain(`${baseUrl}/${locale}/events/${pastEvent[locale]}`)
    }
    const eventEntry = xml.slice(
      xml.indexOf(`<loc>${baseUrl}/fi/events/${pastEvent.fi}</loc>`),
      xml.indexOf('</url>', xml.indexOf(`<loc>${baseUrl}/fi/events/${pastEvent.fi}</loc>`)),
    )
    for (const locale of ['sv', 'en'] as const) {
      expect(eventEntry).toContain(
        `<xhtml:link rel="alternate" hreflang="${locale}" href="${baseUrl}/${locale}/events/${pastEvent[locale]}" />`,
      )
    }
    // Drafts are not in it.
    expect(xml).not.toContain('esikatseltava-luonnos')
  }, 120_000)

  it('answers an unknown address under a language with the site’s own 404 in that language', async () => {
    for (const locale of ['fi', 'sv', 'en'] as const) {
      await open(`/${locale}/no/such/page`, 404)
      await page.locator('h1').waitFor()
      await expectWellFormed(locale, t(locale, 'notFound.title'))
      expect(await page.locator('.site-footer').count()).toBe(1)
    }
  }, 120_000)

  it('has an accessibility statement in each language with a feedback channel, linked from every footer', async () => {
    for (const locale of ['fi', 'sv', 'en'] as const) {
      await open(`/${locale}/clusters`)
      const footerLink = page.locator('.site-footer a', {
        hasText: t(locale, 'footer.accessibility'),
      })
      await Promise.all([page.waitForURL(`**/${locale}/accessibility`), footerLink.click()])
      await expectWellFormed(locale, t(locale, 'a11y.title'))
      expect(await page.textContent('main')).toContain('306/2019')
      const feedback = page.locator('main a[href^="mailto:"]')
      expect(await feedback.textContent()).toBe('kirjaamo@lapinliitto.fi')
      expect(
        await page.locator('h2', { hasText: t(locale, 'a11y.feedback.heading') }).count(),
      ).toBe(1)
      // The supervisory authority with its contact details, its site in the reader's language.
      expect(await page.textContent('main')).toContain(t(locale, 'a11y.supervisor.name'))
      const supervisorSite = page.getByRole('link', { name: t(locale, 'a11y.supervisor.link') })
      expect(await supervisorSite.getAttribute('href')).toMatch(
        {
          fi: /saavutettavuusvaatimukset\.fi$/,
          sv: /tillganglighetskrav\.fi$/,
          en: /webaccessibility\.fi$/,
        }[locale],
      )
      expect(await page.locator('main a[href^="tel:"]').getAttribute('href')).toBe(
        'tel:+358295345000',
      )
      expect(await hreflangs()).toMatchObject({ fi: `${baseUrl}/fi/accessibility` })
    }
    await shoot('accessibility-en')
  }, 120_000)

  it('passes axe with no violations on every page, on a desktop and a phone, at localhost and 127.0.0.1', async () => {
    const paths = [
      '/fi',
      '/fi/news',
      `/fi/news/${seeded.fi.slug}`,
      '/sv/clusters',
      '/en/clusters/arctic-design',
      '/sv/experts',
      '/fi/join',
      '/fi/events',
      '/fi/events/arctic-smartness-suuntia-tulevaan-2022',
      '/en/events/demo-cluster-morning-for-companies',
      '/fi/match',
      '/fi/match?q=matkailu+Rovaniemi',
      '/en/search?q=companies',
      '/sv/accessibility',
      '/fi/ei/ole',
    ]
    const viewports = {
      desktop: { viewport: { width: 1280, height: 800 } },
      phone: phoneDevice,
    }
    for (const host of ['localhost', '127.0.0.1']) {
      const origin = baseUrl.replace('localhost', host)
      for (const [name, options] of Object.entries(viewports)) {
        const device = await browser.newContext({ ...options, locale: 'fi-FI' })
        const tab = await device.newPage()
        try {
          for (const path of paths) {
            const response = await tab.goto(`${origin}${path}`)
            expect(response?.status(), `${origin}${path}`).toBe(path === '/fi/ei/ole' ? 404 : 200)
            await tab.locator('h1').waitFor()
            const violations = await runAxe(tab)
            axeReport.push(
              `${host} ${name} ${path}: ${violations.length ? describeViolations(violations) : 'no violations'}`,
            )
            expect(
              violations,
              `axe at ${host}, ${name}, ${path}:\n${describeViolations(violations)}`,
            ).toEqual([])
            // Nothing sticks out sideways on a phone.
            const overflow = await tab.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            )
            expect(overflow, `${path} is wider than the ${name} screen`).toBeLessThanOrEqual(0)
          }
          if (host === 'localhost') await shoot(`match-${name}`, tab)
        } finally {
          await device.close()
        }
      }
    }
  }, 600_000)
})
