import { createHash } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import * as restRoute from '@/app/(payload)/api/[...slug]/route'
import { translate } from '@/i18n'
import { createToken } from '@/newsletter/tokens'

import { login, rest } from '../helpers/api'
import { createConfirmedSubscribers, publishNews } from '../helpers/newsletter'
import { bootPayload } from '../helpers/payload'
import { startSmtpSink, type SmtpSink } from '../helpers/smtp'
import { createUser, testPassword } from '../helpers/users'

/**
 * What keeps an editor from sending a mistake: the panel's plan per language, the refusal of
 * Finnish subjects for other readers, test messages with links that work, the council's
 * letterhead; and the subscriber pages in the subscriber's language, under a policy with
 * exactly their styles, posting to SERVER_URL.
 */
let payload: Payload
let smtp: SmtpSink
let editorEmail: string
let editorToken: string

beforeAll(async () => {
  payload = await bootPayload()
  smtp = await startSmtpSink()
  const editor = await createUser(payload, 'editor', 'lahettaja@example.test')
  editorEmail = editor.email
  editorToken = await login(editor.email, testPassword)
})

afterAll(async () => {
  await smtp.close()
  await payload.destroy()
})

const intro = (text: string) => ({
  root: {
    type: 'root',
    format: '' as const,
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    children: [
      {
        type: 'paragraph',
        format: '' as const,
        indent: 0,
        version: 1,
        direction: 'ltr' as const,
        textFormat: 0,
        children: [
          { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
        ],
      },
    ],
  },
})

type Plan = {
  recipients: number
  untranslated: string[]
  languages: {
    locale: string
    recipients: number
    subject: string
    intro: string
    news: { translated: number; finnish: number; leftOut: number }
  }[]
}

const progressOf = async (id: number) => {
  const response = await rest(`newsletters/${id}/progress`, { token: editorToken })
  expect(response.status).toBe(200)
  return (await response.json()) as { status: string; plan?: Plan }
}

describe('the send plan and its refusal', () => {
  it('counts readers per language, says what each gets, and refuses Finnish subjects unasked', async () => {
    const both = await publishNews(payload, { fi: 'Kaksikielinen uutinen', sv: 'Tvåspråkig nyhet' })
    const finnish = await publishNews(payload, { fi: 'Pelkästään suomeksi' })
    await createConfirmedSubscribers(payload, 3, { locale: 'fi', prefix: 'plan-fi' })
    await createConfirmedSubscribers(payload, 2, { locale: 'sv', prefix: 'plan-sv' })
    const issue = await payload.create({
      collection: 'newsletters',
      locale: 'fi',
      data: {
        subject: 'Marraskuun uutiskirje',
        intro: intro('Hyvää marraskuuta'),
        news: [both.id, finnish.id],
        missingTranslation: 'skip',
        status: 'draft',
      },
    })
    // The Swedish subject is the Finnish one copied, its intro not written at all.
    await payload.update({
      collection: 'newsletters',
      id: issue.id,
      locale: 'sv',
      data: { subject: 'Marraskuun uutiskirje' },
    })

    const { plan } = await progressOf(issue.id)
    const sv = plan!.languages.find((language) => language.locale === 'sv')!
    const fi = plan!.languages.find((language) => language.locale === 'fi')!
    expect(fi).toMatchObject({ recipients: 3, subject: 'translated', intro: 'translated' })
    expect(fi.news).toEqual({ translated: 2, finnish: 0, leftOut: 0 })
    expect(sv).toMatchObject({ recipients: 2, subject: 'finnish', intro: 'finnish' })
    expect(sv.news).toEqual({ translated: 1, finnish: 0, leftOut: 1 })
    expect(plan!.untranslated).toEqual(['sv'])
    expect(plan!.recipients).toBe(
      plan!.languages.reduce((sum, language) => sum + language.recipients, 0),
    )

    const refused = await rest(`newsletters/${issue.id}/send`, {
      method: 'POST',
      body: {},
      token: editorToken,
      headers: { 'Accept-Language': 'fi' },
    })
    expect(refused.status).toBe(409)
    const { errors } = (await refused.json()) as { errors: { message: string }[] }
    expect(errors[0]!.message).toBe(
      translate('fi', 'api.untranslatedIssue', { languages: translate('fi', 'language.sv') }),
    )
    expect((await progressOf(issue.id)).status).toBe('draft')

    await payload.update({
      collection: 'newsletters',
      id: issue.id,
      locale: 'sv',
      data: { subject: 'Novembers nyhetsbrev', intro: intro('God november') },
    })
    const translated = (await progressOf(issue.id)).plan!
    expect(translated.untranslated).toEqual([])
    expect(translated.languages.find((language) => language.locale === 'sv')).toMatchObject({
      subject: 'translated',
      intro: 'translated',
    })
  })

  it('sends with Finnish texts once the editor says so', async () => {
    const issue = await payload.create({
      collection: 'newsletters',
      locale: 'fi',
      data: { subject: 'Vain suomeksi', intro: intro('Vain suomeksi'), status: 'draft' },
    })
    const send = (body: object) =>
      rest(`newsletters/${issue.id}/send`, {
        method: 'POST',
        body,
        token: editorToken,
        headers: { 'Accept-Language': 'en' },
      })
    expect((await send({})).status).toBe(409)
    expect((await send({ allowFinnish: true })).status).toBe(202)
    expect((await progressOf(issue.id)).status).toBe('scheduled')
  })

  it('reads no form post or empty body as "send now"', async () => {
    const issue = await payload.create({
      collection: 'newsletters',
      locale: 'fi',
      data: { subject: 'Lomakkeella', status: 'draft' },
    })
    const post = (body: string, contentType: string) =>
      rest(`newsletters/${issue.id}/send`, {
        method: 'POST',
        body,
        token: editorToken,
        headers: { 'Content-Type': contentType, 'Accept-Language': 'sv' },
      })
    const refusals = [
      [await post('test=true', 'application/x-www-form-urlencoded'), 415, 'api.jsonRequired'],
      [await post('', 'text/plain'), 415, 'api.jsonRequired'],
      [await post('', 'application/json'), 400, 'api.jsonObjectRequired'],
      [await post('[]', 'application/json'), 400, 'api.jsonObjectRequired'],
    ] as const
    for (const [response, status, key] of refusals) {
      expect(response.status).toBe(status)
      const { errors } = (await response.json()) as { errors: { message: string }[] }
      expect(errors[0]!.message).toBe(translate('sv', key))
    }
    expect((await progressOf(issue.id)).status).toBe('draft')
  })
})

describe('test messages', () => {
  it('carry working links, the council as sender in each language, its logo and address', async () => {
    const issue = await payload.create({
      collection: 'newsletters',
      locale: 'fi',
      data: { subject: 'Testinumero', status: 'draft' },
    })
    smtp.messages.length = 0
    const response = await rest(`newsletters/${issue.id}/send`, {
      method: 'POST',
      body: { test: true },
      token: editorToken,
    })
    expect(response.status).toBe(200)
    await smtp.waitFor(3)
    const senders = {
      fi: 'Lapin liitto',
      sv: 'Lapplands förbund',
      en: 'Regional Council of Lapland',
    }
    for (const [locale, name] of Object.entries(senders)) {
      const message = smtp.messages.find((m) => m.subject?.startsWith(`[${locale}]`))!
      expect(message.to && 'text' in message.to ? message.to.text : '').toBe(editorEmail)
      expect(message.from?.value[0]).toEqual({ name, address: 'uutiset@localhost' })
      for (const body of [message.html as string, message.text!]) {
        expect(body).not.toContain('%%')
        expect(body).toContain('Hallituskatu 20 B, 96100 Rovaniemi')
        expect(body).toContain(`http://localhost:3000/${locale}/newsletter`)
      }
      expect(message.html).toContain('src="http://localhost:3000/email/lapin-liitto.png"')
    }
  })
})

/** A request as it arrives at another address than SERVER_URL (http://localhost:3000). */
function requestAt(path: string, init: RequestInit = {}) {
  const request = new Request(`http://127.0.0.1:3000/api/${path}`, init)
  const slug = path.split('?')[0]!.split('/')
  const method = (init.method ?? 'GET') as 'GET' | 'POST'
  return restRoute[method](request, { params: Promise.resolve({ slug }) })
}

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

/** The page's policy allows each of its styles by hash, and nothing inline beyond them. */
function expectStylesByHash(policy: string, html: string) {
  expect(policy).not.toContain('unsafe-inline')
  const styleSrc = policy.split(';').find((part) => part.trim().startsWith('style-src'))!
  const styles = [...html.matchAll(/\sstyle="([^"]*)"/g)].map(([, value]) => value!)
  expect(styles.length).toBeGreaterThan(0)
  for (const style of styles) expect(styleSrc).toContain(hashOf(style))
  expect(policy).toContain("default-src 'none'")
  expect(policy).toContain('form-action http://localhost:3000')
}

describe('subscriber pages and the preview', () => {
  it('confirm: in the subscriber’s language, styles by hash, the form posting to SERVER_URL', async () => {
    const subscriber = await payload.create({
      collection: 'subscribers',
      data: {
        email: 'svensk-sida@example.test',
        locale: 'sv',
        status: 'pending',
        confirmationNonce: 'n1',
      },
      showHiddenFields: true,
    })
    const token = createToken({
      purpose: 'confirm',
      subscriber: subscriber.id,
      nonce: 'n1',
      expires: Date.now() + 60_000,
    })
    const response = await requestAt(`newsletter/confirm?token=${encodeURIComponent(token)}`, {
      headers: { 'Accept-Language': 'en-GB,en;q=0.9' },
    })
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('lang="sv"')
    expect(html).toContain(translate('sv', 'page.confirm.button'))
    expect(html).toContain(
      `action="http://localhost:3000/api/newsletter/confirm?token=${encodeURIComponent(token)}"`,
    )
    expect(html).not.toContain('127.0.0.1')
    expectStylesByHash(response.headers.get('content-security-policy')!, html)

    // A link that has expired still speaks the subscriber's language.
    const expired = createToken({
      purpose: 'confirm',
      subscriber: subscriber.id,
      nonce: 'n1',
      expires: Date.now() - 1000,
    })
    const late = await requestAt(`newsletter/confirm?token=${encodeURIComponent(expired)}`, {
      headers: { 'Accept-Language': 'en' },
    })
    expect(late.status).toBe(410)
    const lateHtml = await late.text()
    expect(lateHtml).toContain('lang="sv"')
    expect(lateHtml).toContain(translate('sv', 'page.token.expired'))
  })

  it('unsubscribe and manage: the same, and a forged link in the browser’s language', async () => {
    const [subscriber] = await createConfirmedSubscribers(payload, 1, {
      locale: 'sv',
      prefix: 'pages-sv',
    })
    for (const purpose of ['unsubscribe', 'manage'] as const) {
      const token = encodeURIComponent(createToken({ purpose, subscriber: subscriber!.id }))
      const response = await requestAt(`newsletter/${purpose}?token=${token}`, {
        headers: { 'Accept-Language': 'fi' },
      })
      expect(response.status).toBe(200)
      const html = await response.text()
      expect(html).toContain('lang="sv"')
      expect(html).toContain(
        `action="http://localhost:3000/api/newsletter/${purpose}?token=${token}"`,
      )
      expectStylesByHash(response.headers.get('content-security-policy')!, html)
    }
    const forged = await requestAt('newsletter/manage?token=forged.token', {
      headers: { 'Accept-Language': 'fi' },
    })
    expect(forged.status).toBe(400)
    expect(await forged.text()).toContain(translate('fi', 'page.token.invalid'))
  })

  it('the preview: styles and logo allowed by the policy, sample links instead of placeholders', async () => {
    const issue = await payload.create({
      collection: 'newsletters',
      locale: 'fi',
      data: { subject: 'Esikatseltava', status: 'draft' },
    })
    const response = await rest(`newsletters/${issue.id}/preview?locale=sv`, {
      token: editorToken,
    })
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).not.toContain('%%')
    const policy = response.headers.get('content-security-policy')!
    expectStylesByHash(policy, html)
    expect(policy).toContain('img-src http://localhost:3000')
  })
})
