import { initI18n } from '@payloadcms/translations'
import type { Payload, ServerProps } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { ClustersWithoutCoordinator } from '@/components/ClustersWithoutCoordinator'
import { translate } from '@/i18n'
import { adminI18n } from '@/i18n/admin'
import { checkBusinessId } from '@/join/businessId'

import { graphql, login, rest } from '../helpers/api'
import { runQueueUntil } from '../helpers/newsletter'
import { bootPayload } from '../helpers/payload'
import { startSmtpSink, type SmtpSink } from '../helpers/smtp'
import { createUser, testPassword } from '../helpers/users'

let payload: Payload
let smtp: SmtpSink
const cluster: Record<'tourism' | 'circular' | 'design', number> = {
  tourism: 0,
  circular: 0,
  design: 0,
}

beforeAll(async () => {
  payload = await bootPayload()
  smtp = await startSmtpSink()
  const coordinator = (name: string, email: string, languages: ('fi' | 'sv' | 'en')[]) =>
    payload.create({
      collection: 'experts',
      data: { name, slug: name.toLowerCase().replace(' ', '-'), email, languages },
    })
  const svenska = await coordinator('Sara Lind', 'sara.lind@example.test', ['sv', 'en'])
  const suomi = await coordinator('Pekka Kivelä', 'pekka.kivela@example.test', ['fi'])
  const make = (slug: string, name: string, coordinatorId?: number) =>
    payload.create({
      collection: 'clusters',
      locale: 'fi',
      data: { name, slug, displayOrder: 1, coordinator: coordinatorId },
    })
  cluster.tourism = (await make('smart-and-sustainable-arctic-tourism', 'Matkailu', svenska.id)).id
  cluster.circular = (
    await make('arctic-industry-and-circular-economy', 'Kiertotalous', suomi.id)
  ).id
  cluster.design = (await make('arctic-design', 'Arktinen muotoilu')).id
})

afterAll(async () => {
  await smtp.close()
  await payload.destroy()
})

beforeEach(() => {
  smtp.messages.length = 0
})

let client = 0
const join = (body: unknown, address = `192.0.2.${++client % 250}`) =>
  rest('join', { method: 'POST', body, headers: { 'X-Forwarded-For': address } })

const validRequest = (overrides: Record<string, unknown> = {}) => ({
  company: 'Revontuli Safarit Oy',
  businessId: '0112038-9',
  municipality: 'Rovaniemi',
  industry: '79900',
  clusters: ['smart-and-sustainable-arctic-tourism', 'arctic-industry-and-circular-economy'],
  need: 'Haluamme kehittää ympärivuotisia matkailutuotteita.',
  contact: {
    name: 'Maija Mäkelä',
    email: `maija-${++client}@revontuli.example`,
    phone: '+358 40 123 4567',
  },
  consent: true,
  source: { partnerSite: 'https://matkailu.example.fi', locale: 'fi' },
  ...overrides,
})

const noJobsLeft = async () => (await payload.count({ collection: 'payload-jobs' })).totalDocs === 0

describe('Y-tunnus', () => {
  it('accepts valid IDs and refuses bad check digits and wrong formats', () => {
    expect(checkBusinessId('0112038-9')).toBe('valid')
    expect(checkBusinessId('1000000-4')).toBe('valid') // sum 7: check digit 11 − 7 = 4
    expect(checkBusinessId('0000000-0')).toBe('valid') // remainder 0: check digit 0
    expect(checkBusinessId('0112038-8')).toBe('checkDigit')
    // Remainder 1 is never issued, whatever the check digit.
    for (let digit = 0; digit <= 9; digit++) {
      expect(checkBusinessId(`0000006-${digit}`)).toBe('checkDigit')
    }
    for (const bad of [
      '01120389',
      '112038-9',
      '0112038-',
      '0112038-x',
      'FI01120389',
      ' 0112038-9',
    ]) {
      expect(checkBusinessId(bad), bad).toBe('format')
    }
  })
})

describe('POST /api/join', () => {
  it('stores the request and mails the coordinators in their language and the company in its own', async () => {
    const body = validRequest()
    const response = await join(body)
    expect(response.status).toBe(202)
    expect((await response.json()).message).toBe(translate('en', 'api.join.accepted'))
    await runQueueUntil(payload, noJobsLeft)

    const { docs } = await payload.find({
      collection: 'joinRequests',
      where: { 'contact.email': { equals: body.contact.email } },
    })
    expect(docs).toHaveLength(1)
    const stored = docs[0]!
    expect(stored).toMatchObject({
      company: 'Revontuli Safarit Oy',
      municipality: '698',
      status: 'new',
    })
    expect(stored.consent?.text).toBe(translate('fi', 'join.consent.text'))

    expect(smtp.recipients().sort()).toEqual(
      [body.contact.email, 'pekka.kivela@example.test', 'sara.lind@example.test'].sort(),
    )
    const to = (address: string) =>
      smtp.messages.find((message) => JSON.stringify(message.to).includes(address))!
    const company = to(body.contact.email)
    expect(company.subject).toBe(translate('fi', 'email.join.company.subject'))
    expect(company.html).toContain('lang="fi"')
    // The Swedish- and English-speaking coordinator gets Swedish, the Finnish one Finnish.
    const sara = to('sara.lind@example.test')
    expect(sara.subject).toBe('Ny anslutningsbegäran: Revontuli Safarit Oy')
    expect(sara.text).toContain('Rovaniemi')
    expect(sara.text).toContain(`/admin/collections/joinRequests/${stored.id}`)
    expect(sara.replyTo?.text).toContain(body.contact.email)
    const pekka = to('pekka.kivela@example.test')
    expect(pekka.subject).toBe('Uusi liittymispyyntö: Revontuli Safarit Oy')
    expect(pekka.text).toContain('ympärivuotisia matkailutuotteita')
  })

  it('refuses bad input with 400 and a reason, storing and sending nothing', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ businessId: '0112038-8' }, /check digit/],
      [{ businessId: '01120389' }, /1234567-8/],
      [{ municipality: 'Oulu' }, /Oulu/],
      [{ clusters: ['no-such-cluster'] }, /no-such-cluster/],
      [{ clusters: [] }, /at least one cluster/],
      [{ contact: { name: 'Maija', email: 'maija(at)example.fi' } }, /email/i],
      [
        { contact: { name: 'Maija', email: 'a@example.fi\r\nBcc: b@example.fi' } },
        /Line breaks.*contact\.email/,
      ],
      [{ company: 'Oy\r\nBcc: victim@example.fi' }, /Line breaks.*company/],
      [{ consent: false }, /[Cc]onsent/],
      [{ consent: undefined }, /[Cc]onsent/],
      [{ need: 'x'.repeat(2001) }, /need.*2000/],
      [{ company: '' }, /company/],
      [{ industry: 'matkailu' }, /TOL/],
      [{ source: { locale: 'de' } }, /locale/],
      [{ source: { locale: 'fi', news: 999999 } }, /999999/],
    ]
    for (const [overrides, reason] of cases) {
      const response = await join(validRequest(overrides))
      expect(response.status, JSON.stringify(overrides)).toBe(400)
      expect((await response.json()).errors[0].message, JSON.stringify(overrides)).toMatch(reason)
    }
    expect((await payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(0)
  })

  it('answers a filled honeypot like a person, storing nothing; limits requests per address', async () => {
    const before = (await payload.count({ collection: 'joinRequests' })).totalDocs
    const bot = await join({ ...validRequest(), website: 'https://spam.example' })
    expect(bot.status).toBe(202)
    expect((await payload.count({ collection: 'joinRequests' })).totalDocs).toBe(before)

    const statuses = []
    for (let i = 0; i < 6; i++) statuses.push((await join(validRequest(), '203.0.113.9')).status)
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429])
    await runQueueUntil(payload, noJobsLeft)
  })
})

describe('who sees join requests, and the status flow', () => {
  it('keeps them from anonymous readers over REST, GraphQL and where-queries', async () => {
    await join(validRequest())
    expect((await rest('joinRequests')).status).toBe(403)
    expect((await rest('joinRequests?where[contact.email][like]=revontuli')).status).toBe(403)
    expect((await rest('benefits')).status).toBe(403)
    const query = await (
      await graphql('{ JoinRequests { docs { company contact { email } } } }')
    ).text()
    expect(query).toContain('Forbidden')
    expect(query).not.toContain('revontuli.example')
    await runQueueUntil(payload, noJobsLeft)
  })

  it('lets a cluster editor see and move only their clusters’ requests, stamping who and when', async () => {
    const designOnly = await join(
      validRequest({ clusters: ['arctic-design'], company: 'Inarin Muotoilu Oy' }),
    )
    expect(designOnly.status).toBe(202)
    const tourismEditor = await payload.create({
      collection: 'users',
      data: {
        email: `tourism-${Date.now()}@example.test`,
        password: testPassword,
        name: 'Matkailun klusterieditori',
        roles: ['clusterEditor'],
        clusters: [cluster.tourism],
      },
    })
    const token = await login(tourismEditor.email, testPassword)
    const seen = await (await rest('joinRequests?limit=100&depth=0', { token })).json()
    expect(seen.docs.length).toBeGreaterThan(0)
    expect(
      seen.docs.every((doc: { clusters: number[] }) => doc.clusters.includes(cluster.tourism)),
    ).toBe(true)
    expect(seen.docs.some((doc: { company: string }) => doc.company === 'Inarin Muotoilu Oy')).toBe(
      false,
    )

    const translator = await createUser(payload, 'translator')
    const translatorToken = await login(translator.email, testPassword)
    expect(
      (await (await rest('joinRequests', { token: translatorToken })).json()).docs ?? [],
    ).toEqual([])

    const editor = await createUser(payload, 'editor')
    const editorToken = await login(editor.email, testPassword)
    const all = await (await rest('joinRequests?limit=100&depth=0', { token: editorToken })).json()
    expect(all.docs.some((doc: { company: string }) => doc.company === 'Inarin Muotoilu Oy')).toBe(
      true,
    )
    const designRequest = all.docs.find(
      (doc: { company: string }) => doc.company === 'Inarin Muotoilu Oy',
    )
    const forbidden = await rest(`joinRequests/${designRequest.id}`, {
      method: 'PATCH',
      token,
      body: { status: 'contacted' },
    })
    expect(forbidden.status).toBe(403)

    const id = seen.docs[0].id
    const skip = await rest(`joinRequests/${id}`, {
      method: 'PATCH',
      token,
      body: { status: 'joined' },
    })
    expect(skip.status).toBe(400)
    // By the names the admin shows, in the caller's language, with the moves that are allowed.
    expect((await skip.json()).errors[0].message).toBe(
      'A request cannot move from “New” to “Joined”. It may move to: Contacted, Not now.',
    )
    const inFinnish = await rest(`joinRequests/${id}`, {
      method: 'PATCH',
      token,
      headers: { 'Accept-Language': 'fi' },
      body: { status: 'joined' },
    })
    expect((await inFinnish.json()).errors[0].message).toBe(
      'Tilasta ”Uusi” ei voi siirtyä tilaan ”Liittynyt”. Mahdolliset tilat: Yhteyttä otettu, Ei nyt.',
    )

    const contacted = await rest(`joinRequests/${id}?depth=0`, {
      method: 'PATCH',
      token,
      body: { status: 'contacted', notes: [{ text: 'Soitettu, tapaaminen sovittu.' }] },
    })
    expect(contacted.status).toBe(200)
    const afterContact = (await contacted.json()).doc
    expect(afterContact.history).toMatchObject([
      { from: 'new', to: 'contacted', by: tourismEditor.id },
    ])
    expect(afterContact.notes).toMatchObject([
      { text: 'Soitettu, tapaaminen sovittu.', author: tourismEditor.id },
    ])
    expect(afterContact.notes[0].at).toBeTruthy()

    const joined = await rest(`joinRequests/${id}?depth=0`, {
      method: 'PATCH',
      token: editorToken,
      body: {
        status: 'joined',
        notes: [...afterContact.notes, { text: 'Liittyi.', author: tourismEditor.id }],
      },
    })
    const done = (await joined.json()).doc
    expect(done.status).toBe('joined')
    expect(done.joinedAt).toBeTruthy()
    expect(done.history.map((change: { to: string }) => change.to)).toEqual(['contacted', 'joined'])
    // The note's author is the one who wrote it, whatever was sent.
    expect(done.notes.map((note: { author: number }) => note.author)).toEqual([
      tourismEditor.id,
      editor.id,
    ])
    await runQueueUntil(payload, noJobsLeft)
  })
})

describe('every request reaches a person', () => {
  const fallbackBefore = process.env.JOIN_FALLBACK_EMAIL
  afterAll(() => {
    process.env.JOIN_FALLBACK_EMAIL = fallbackBefore
  })
  const toOf = (address: string) =>
    smtp.messages.filter((message) => JSON.stringify(message.to).includes(address))

  it('sends a request for a cluster without a coordinator to the editors and admins, and tells the company so', async () => {
    delete process.env.JOIN_FALLBACK_EMAIL
    const editor = await createUser(payload, 'editor', 'fallback-editor@example.test')
    const admin = await createUser(payload, 'admin', 'fallback-admin@example.test')
    const clusterEditor = await createUser(payload, 'clusterEditor', 'not-me@example.test')
    const translator = await createUser(payload, 'translator', 'nor-me@example.test')
    try {
      const body = validRequest({
        clusters: ['arctic-design', 'smart-and-sustainable-arctic-tourism'],
        source: { locale: 'en' },
      })
      expect((await join(body)).status).toBe(202)
      await runQueueUntil(payload, noJobsLeft)

      const recipients = smtp.recipients()
      expect(recipients).toEqual(
        expect.arrayContaining([
          body.contact.email,
          'sara.lind@example.test',
          editor.email,
          admin.email,
        ]),
      )
      expect(recipients).not.toContain(clusterEditor.email)
      expect(recipients).not.toContain(translator.email)
      // The coordinator of the other cluster is not the fallback.
      expect(recipients).not.toContain('pekka.kivela@example.test')

      // One message to the newsroom, in Finnish, saying why it came to them.
      const [fallback, ...more] = toOf(editor.email)
      expect(more).toEqual([])
      expect(fallback!.subject).toBe(
        translate('fi', 'email.join.fallback.subject', { company: body.company }),
      )
      expect(fallback!.text).toContain(
        translate('fi', 'email.join.fallback.why', { clusters: 'Arktinen muotoilu' }),
      )
      expect(fallback!.replyTo?.text).toContain(body.contact.email)
      expect(JSON.stringify(fallback!.to)).toContain(admin.email)

      // The company hears, in English, who answers for which cluster.
      const [company] = toOf(body.contact.email)
      expect(company!.text).toContain(
        translate('en', 'email.join.company.coordinator', {
          person: 'Sara Lind',
          email: 'sara.lind@example.test',
          clusters: 'Matkailu',
        }),
      )
      expect(company!.text).toContain(
        translate('en', 'email.join.company.newsroom', { clusters: 'Arktinen muotoilu' }),
      )
      expect(company!.text).not.toContain('coordinator will contact you to agree')
    } finally {
      for (const user of [editor, admin, clusterEditor, translator]) {
        await payload.delete({ collection: 'users', id: user.id })
      }
    }
  })

  it('sends it to JOIN_FALLBACK_EMAIL when that is set, and gives the company that address', async () => {
    process.env.JOIN_FALLBACK_EMAIL = 'arcticsmartness@council.example'
    const editor = await createUser(payload, 'editor', 'fallback-editor-2@example.test')
    try {
      const body = validRequest({ clusters: ['arctic-design'], source: { locale: 'sv' } })
      expect((await join(body)).status).toBe(202)
      await runQueueUntil(payload, noJobsLeft)

      expect(smtp.recipients().sort()).toEqual(
        [body.contact.email, 'arcticsmartness@council.example'].sort(),
      )
      const [company] = toOf(body.contact.email)
      expect(company!.text).toContain(
        translate('sv', 'email.join.company.newsroomAddress', {
          email: 'arcticsmartness@council.example',
        }),
      )
      expect(company!.text).not.toContain(
        translate('sv', 'email.join.company.coordinator', {
          person: 'Sara Lind',
          email: 'sara.lind@example.test',
          clusters: 'Matkailu',
        }),
      )
    } finally {
      await payload.delete({ collection: 'users', id: editor.id })
    }
  })

  it('sends no fallback where every cluster has a coordinator', async () => {
    process.env.JOIN_FALLBACK_EMAIL = 'arcticsmartness@council.example'
    const body = validRequest()
    expect((await join(body)).status).toBe(202)
    await runQueueUntil(payload, noJobsLeft)
    expect(smtp.recipients().sort()).toEqual(
      [body.contact.email, 'pekka.kivela@example.test', 'sara.lind@example.test'].sort(),
    )
    const [company] = toOf(body.contact.email)
    expect(company!.text).not.toContain('arcticsmartness@council.example')
  })

  it('takes "not sure, help me choose" without clusters: the newsroom helps, in the letterhead', async () => {
    process.env.JOIN_FALLBACK_EMAIL = 'arcticsmartness@council.example'
    const body = validRequest({ clusters: [], helpChoosing: true, source: { locale: 'sv' } })
    expect((await join(body)).status).toBe(202)
    await runQueueUntil(payload, noJobsLeft)
    const { docs } = await payload.find({
      collection: 'joinRequests',
      where: { 'contact.email': { equals: body.contact.email } },
    })
    expect(docs.map((doc) => [doc.helpChoosing, doc.clusters])).toEqual([[true, []]])
    expect(smtp.recipients().sort()).toEqual(
      [body.contact.email, 'arcticsmartness@council.example'].sort(),
    )

    const [fallback] = toOf('arcticsmartness@council.example')
    expect(fallback!.subject).toBe(
      translate('fi', 'email.join.fallback.subjectHelp', { company: body.company }),
    )
    expect(fallback!.text).toContain(translate('fi', 'email.join.fallback.helpChoosing'))

    const [company] = toOf(body.contact.email)
    expect(company!.from?.value[0]?.name).toBe('Lapplands förbund')
    for (const text of [company!.text!, company!.html as string]) {
      expect(text).toContain(translate('sv', 'email.join.company.helpChoosing'))
      expect(text).toContain('Hallituskatu 20 B, 96100 Rovaniemi')
    }
    expect(company!.text).not.toContain(': .')
  })

  it('refuses a request with neither clusters nor a call for help, in the caller’s language', async () => {
    const response = await rest('join', {
      method: 'POST',
      body: validRequest({ clusters: [], helpChoosing: 'yes' }),
      headers: { 'X-Forwarded-For': `198.51.100.${++client % 250}`, 'Accept-Language': 'fi' },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain(translate('fi', 'api.join.noClusters'))
    await expect(
      payload.create({
        collection: 'joinRequests',
        data: { ...validRequest({ clusters: [], municipality: '698' }), status: 'new' } as never,
      }),
    ).rejects.toMatchObject({
      data: {
        errors: [{ path: 'clusters', message: translate('fi', 'validation.clustersOrHelp') }],
      },
    })
  })

  it('warns above the admin’s clusters list of the clusters without a coordinator', async () => {
    delete process.env.JOIN_FALLBACK_EMAIL
    const admin = await createUser(payload, 'admin')
    const render = async (language: 'fi' | 'sv') => {
      const i18n = await initI18n({
        config: adminI18n as Parameters<typeof initI18n>[0]['config'],
        context: 'client',
        language: language as 'en',
      })
      const element = await ClustersWithoutCoordinator({
        payload,
        i18n,
        user: { ...admin, collection: 'users' },
      } as unknown as ServerProps)
      return element ? renderToStaticMarkup(element) : ''
    }
    try {
      const fi = await render('fi')
      expect(fi).toContain('<strong>Ei koordinaattoria.</strong>')
      // Only the cluster without one is named, and where its requests go instead.
      expect(fi).toContain(
        translate('fi', 'coordinator.missing.list', {
          clusters: 'Arktinen muotoilu',
          fallback: translate('fi', 'coordinator.fallback.editors'),
        }),
      )
      expect(fi).not.toContain('Matkailu')
      expect(await render('sv')).toContain('Ingen koordinator.')

      process.env.JOIN_FALLBACK_EMAIL = 'arcticsmartness@council.example'
      expect(await render('fi')).toContain('varaosoitteeseen: arcticsmartness@council.example.')

      // Once every cluster has a coordinator, there is nothing to warn of.
      const { docs } = await payload.find({ collection: 'experts', limit: 1 })
      await payload.update({
        collection: 'clusters',
        id: cluster.design,
        data: { coordinator: docs[0]!.id },
      })
      expect(await render('fi')).toBe('')
    } finally {
      await payload.update({
        collection: 'clusters',
        id: cluster.design,
        data: { coordinator: null },
      })
      await payload.delete({ collection: 'users', id: admin.id })
    }
  })
})
