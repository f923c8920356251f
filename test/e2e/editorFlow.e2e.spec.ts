import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Cluster } from '@/payload-types'

import { ensureChromium, launchChromium, screenshot } from '../helpers/browser'
import { newsData } from '../helpers/news'
import { buildingHookTimeout } from '../helpers/productionBuild'
import { startSite, type Site } from '../helpers/site'
import { createUser, testPassword } from '../helpers/users'

/**
 * The editor's path in a real browser (Debian's Chromium), against the production build: write in
 * Finnish, start Swedish from it, publish Swedish only; and a cluster editor kept out of another
 * cluster's item. The admin speaks English here (the browser asks for en-GB).
 */
const chromium = await ensureChromium()

let server: Site
let browser: Browser
let tourism: Cluster
let otherClustersItem: number
const users = { editor: '', clusterEditor: '' }

beforeAll(async () => {
  if (!chromium.ok) return
  server = await startSite({ demoContent: false })
  const { payload } = server
  const cluster = (name: string, slug: string) =>
    payload.create({ collection: 'clusters', locale: 'fi', data: { name, slug, displayOrder: 1 } })
  tourism = await cluster('Matkailu', 'tourism')
  const design = await cluster('Muotoilu', 'design')
  users.editor = (await createUser(payload, 'editor')).email
  const clusterEditor = await createUser(payload, 'clusterEditor')
  await payload.update({
    collection: 'users',
    id: clusterEditor.id,
    data: { clusters: [tourism.id] },
  })
  users.clusterEditor = clusterEditor.email
  const other = await payload.create({
    collection: 'news',
    locale: 'fi',
    draft: true,
    data: newsData({ title: 'Muotoilun luonnos', clusters: [design.id], _status: 'draft' }),
  })
  otherClustersItem = other.id
  browser = await launchChromium()
}, buildingHookTimeout)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function signIn(email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB' })
  const page = await context.newPage()
  page.setDefaultTimeout(90_000)
  await page.goto(`${server.baseUrl}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', testPassword)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin(?!\/login)/)
  return page
}

const api = async (path: string) => fetch(`${server.baseUrl}/api/${path}`)

describe.skipIf(!chromium.ok)('the editor in the admin UI', () => {
  it('writes in Finnish, starts Swedish from it, and publishes Swedish only', async () => {
    const page = await signIn(users.editor)
    await page.goto(`${server.baseUrl}/admin/collections/news/create`)
    await page.fill('input[name="title"]', 'Selaimessa kirjoitettu uutinen')
    await page.fill('textarea[name="summary"]', 'Ingressi suomeksi.')
    await screenshot(page, 'editor-1-finnish-draft')
    await page.getByRole('button', { name: 'Save Draft' }).click()
    await page.waitForURL(/\/admin\/collections\/news\/\d+/)
    const id = Number(/news\/(\d+)/.exec(page.url())![1])

    await page.goto(`${server.baseUrl}/admin/collections/news/${id}?locale=sv`)
    await page.getByRole('button', { name: 'Start from Finnish' }).click()
    await expect
      .poll(() => page.inputValue('input[name="title"]'), { timeout: 60_000 })
      .toBe('Selaimessa kirjoitettu uutinen')
    await screenshot(page, 'editor-2-swedish-started-from-finnish')
    await page.fill('input[name="title"]', 'Nyhet skriven i webbläsaren')
    await page.fill('textarea[name="summary"]', 'Ingress på svenska.')
    await page.locator('#action-save-popup .popup-button').click()
    await page.getByRole('button', { name: 'Publish in Swedish' }).click()
    await expect
      .poll(async () => (await api(`news/${id}?locale=sv`)).status, { timeout: 60_000 })
      .toBe(200)
    await screenshot(page, 'editor-3-swedish-published')

    const swedish = await (await api(`news/${id}?locale=sv`)).json()
    expect(swedish).toMatchObject({
      title: 'Nyhet skriven i webbläsaren',
      summary: 'Ingress på svenska.',
    })
    expect((await api(`news/${id}?locale=en`)).status).toBe(404)
    expect((await api(`news/${id}?locale=fi`)).status).toBe(404)
    const status = await server.payload.findByID({ collection: 'news', id, draft: true })
    expect([status.translationFi, status.translationSv, status.translationEn]).toEqual([
      'draft',
      'published',
      'missing',
    ])

    await page.goto(`${server.baseUrl}/admin/collections/news`)
    await page.locator('.table').waitFor()
    await screenshot(page, 'editor-4-translation-grid')
    await page.context().close()
  }, 300_000)

  it('keeps a cluster editor out of another cluster’s item', async () => {
    const page = await signIn(users.clusterEditor)
    await page.goto(`${server.baseUrl}/admin/collections/news/${otherClustersItem}`)
    await page.waitForLoadState('networkidle')
    await screenshot(page, 'cluster-editor-other-cluster-item')
    expect(await page.locator('input[name="title"]').count()).toBe(0)
    expect(await page.content()).not.toContain('Muotoilun luonnos')

    await page.goto(`${server.baseUrl}/admin/collections/news`)
    await page.waitForLoadState('networkidle')
    expect(await page.content()).not.toContain('Muotoilun luonnos')
    await page.context().close()
  }, 300_000)
})
