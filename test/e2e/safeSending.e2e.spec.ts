import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { confirmationEmail } from '@/email/confirmationEmail'
import { composeIssue } from '@/newsletter/composeIssue'
import { createToken } from '@/newsletter/tokens'

import { ensureChromium, launchChromium, screenshot } from '../helpers/browser'
import { newsData } from '../helpers/news'
import { createConfirmedSubscribers, publishNews } from '../helpers/newsletter'
import { siteSecret, startSite, type Site } from '../helpers/site'
import { createUser, testPassword } from '../helpers/users'

/**
 * Sending and translating as the editor and the subscriber meet them, in Chromium against the
 * production build: the emails at a 320 px phone's width, the subscriber pages and the preview
 * styled under their own policy, the send panel's plan and in-panel confirmation, and the
 * translation sidebar after publishing.
 */
const chromium = await ensureChromium()

let server: Site
let browser: Browser
let phone: BrowserContext
let editorEmail: string

beforeAll(async () => {
  if (!chromium.ok) return
  server = await startSite({ demoContent: false })
  editorEmail = (await createUser(server.payload, 'editor')).email
  browser = await launchChromium()
  phone = await browser.newContext({ viewport: { width: 320, height: 640 }, locale: 'en-GB' })
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** A page recording every refusal of its policy. */
async function watchedPage(context: BrowserContext): Promise<{ page: Page; refused: string[] }> {
  const page = await context.newPage()
  const refused: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text())
  })
  return { page, refused }
}

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)

describe.skipIf(!chromium.ok)('emails on a 320 px phone', () => {
  it('the confirmation message and each language of an issue are no wider than the screen', async () => {
    const longLink = `${server.baseUrl}/api/newsletter/confirm?token=${'x'.repeat(400)}`
    const item = await publishNews(server.payload, {
      fi: 'Pitkä otsikko, jossa on sana lentokonesuihkuturbiinimoottoriapumekaanikkoaliupseerioppilas',
      sv: 'Kort rubrik',
    })
    const issue = await server.payload.create({
      collection: 'newsletters',
      locale: 'fi',
      data: {
        subject: 'Puhelintesti',
        news: [item.id],
        missingTranslation: 'fallback',
        status: 'draft',
      },
    })
    const messages = [
      [
        'confirmation-fi',
        confirmationEmail('fi', longLink, { myData: longLink, erase: longLink }).html,
      ],
      [
        'confirmation-sv',
        confirmationEmail('sv', longLink, { myData: longLink, erase: longLink }).html,
      ],
      ...(await Promise.all(
        (['fi', 'sv', 'en'] as const).map(async (locale) => [
          `issue-${locale}`,
          (await composeIssue(server.payload, issue.id, locale)).html,
        ]),
      )),
    ]
    const page = await phone.newPage()
    for (const [name, html] of messages) {
      await page.setContent(html!)
      await screenshot(page, `email-320-${name}`)
      expect(await overflow(page), name).toBeLessThanOrEqual(0)
    }
    await page.close()
  }, 120_000)
})

describe.skipIf(!chromium.ok)('subscriber pages and the preview under their policy', () => {
  it('the confirmation page is styled, in the subscriber’s language, and fits a phone', async () => {
    const subscriber = await server.payload.create({
      collection: 'subscribers',
      data: {
        email: 'puhelin@example.test',
        locale: 'sv',
        status: 'pending',
        confirmationNonce: 'phone',
      },
      showHiddenFields: true,
    })
    const token = createToken(
      {
        purpose: 'confirm',
        subscriber: subscriber.id,
        nonce: 'phone',
        expires: Date.now() + 600_000,
      },
      siteSecret,
    )
    const { page, refused } = await watchedPage(phone)
    const response = await page.goto(
      `${server.baseUrl}/api/newsletter/confirm?token=${encodeURIComponent(token)}`,
    )
    expect(response?.status()).toBe(200)
    expect(response?.headers()['content-security-policy']).not.toContain('unsafe-inline')
    expect(await page.getAttribute('html', 'lang')).toBe('sv')
    const button = page.locator('form button[type="submit"]')
    expect(await button.evaluate((node) => getComputedStyle(node).backgroundColor)).toBe(
      'rgb(11, 79, 138)',
    )
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('16px')
    await screenshot(page, 'subscriber-confirm-320')
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await button.click()
    await page.waitForLoadState()
    expect(await page.textContent('body')).toContain('prenumeration')
    expect(refused).toEqual([])
    const after = await server.payload.findByID({ collection: 'subscribers', id: subscriber.id })
    expect(after.status).toBe('confirmed')
    // Not a reader of the send panel's issue below.
    await server.payload.delete({ collection: 'subscribers', id: subscriber.id })
    await page.close()
  }, 120_000)
})

async function signIn(locale: string): Promise<Page> {
  const context = await browser.newContext({ locale })
  const page = await context.newPage()
  page.setDefaultTimeout(90_000)
  await page.goto(`${server.baseUrl}/admin/login`)
  await page.fill('input[name="email"]', editorEmail)
  await page.fill('input[name="password"]', testPassword)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin(?!\/login)/)
  return page
}

describe.skipIf(!chromium.ok)('the send panel', () => {
  it('shows who gets what, and confirms with the count inside the panel', async () => {
    await createConfirmedSubscribers(server.payload, 2, { locale: 'fi', prefix: 'paneeli-fi' })
    await createConfirmedSubscribers(server.payload, 1, { locale: 'sv', prefix: 'paneeli-sv' })
    const issue = await server.payload.create({
      collection: 'newsletters',
      locale: 'fi',
      data: { subject: 'Paneelin numero', status: 'draft' },
    })
    const page = await signIn('en-GB')
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.goto(`${server.baseUrl}/admin/collections/newsletters/${issue.id}`)
    const panel = page.locator('section[aria-labelledby="newsletter-send-panel"]')
    await panel.locator('table').waitFor()
    expect(await panel.locator('tr[data-locale="fi"] td').first().textContent()).toBe('2')
    expect(await panel.locator('tr[data-locale="sv"] td').first().textContent()).toBe('1')
    // Swedish and English subjects fall back to Finnish: said in the table and above the button.
    expect(await panel.locator('tr[data-locale="sv"]').textContent()).toContain('in Finnish')
    expect(await panel.getByRole('alert').textContent()).toContain('Swedish')

    const preview = await page.context().newPage()
    const watched: string[] = []
    preview.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) watched.push(message.text())
    })
    await preview.goto(`${server.baseUrl}/api/newsletters/${issue.id}/preview?locale=sv`)
    expect(await preview.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('16px')
    expect(await preview.content()).not.toContain('%%')
    expect(watched).toEqual([])
    await preview.close()

    await panel.getByRole('button', { name: 'Send now' }).click()
    const confirm = panel.getByRole('group')
    expect(await confirm.textContent()).toContain('Send this issue now to 3 recipients?')
    const send = confirm.getByRole('button', { name: 'Confirm sending' })
    expect(await send.isDisabled()).toBe(true)
    await confirm.getByRole('checkbox').check()
    await screenshot(page, 'send-panel-confirm')
    await send.click()
    await expect
      .poll(
        async () =>
          (await server.payload.findByID({ collection: 'newsletters', id: issue.id })).status,
        { timeout: 60_000 },
      )
      .not.toBe('draft')
    expect(dialogs).toEqual([])
    await page.context().close()
  }, 300_000)
})

describe.skipIf(!chromium.ok)('the translation sidebar', () => {
  it('warns of Finnish texts, hides the button on a complete translation, and says Published', async () => {
    const item = await server.payload.create({
      collection: 'news',
      locale: 'fi',
      data: newsData({
        title: 'Sivupalkin uutinen',
        summary: 'Suomenkielinen ingressi.',
        _status: 'published',
      }),
    })
    const page = await signIn('en-GB')
    await page.goto(`${server.baseUrl}/admin/collections/news/${item.id}?locale=sv`)
    await page.getByRole('button', { name: 'Start from Finnish' }).click()
    await expect
      .poll(() => page.inputValue('input[name="title"]'), { timeout: 60_000 })
      .toBe('Sivupalkin uutinen')
    const warning = page.getByTestId('still-finnish')
    await warning.waitFor()
    expect(await warning.textContent()).toMatch(/Still in Finnish: title, lead/)
    await page.fill('input[name="title"]', 'Sidopanelens nyhet')
    await page.fill('textarea[name="summary"]', 'Svensk ingress.')
    await expect.poll(() => warning.count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Start from Finnish' }).count()).toBe(0)

    await page.locator('#action-save-popup .popup-button').click()
    await page.getByRole('button', { name: 'Publish in Swedish' }).click()
    const state = page.locator('#field-translationSv')
    await expect.poll(() => state.textContent(), { timeout: 60_000 }).toContain('Published')
    await screenshot(page, 'translation-sidebar-published')
    const reader = await (await fetch(`${server.baseUrl}/api/news/${item.id}?locale=sv`)).json()
    expect(reader.slug).toBe('sidopanelens-nyhet')
    await page.context().close()
  }, 300_000)
})
