import { initI18n } from '@payloadcms/translations'
import type { Payload, ServerProps } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ClusterImpactDashboard } from '@/components/ClusterImpactDashboard'
import { adminI18n } from '@/i18n/admin'

import { login, rest } from '../helpers/api'
import { createPartner, keyHeader } from '../helpers/partners'
import { bootPayload } from '../helpers/payload'
import { createUser, testPassword } from '../helpers/users'

let payload: Payload
let tourism: number
let design: number

const request = (company: string, businessId: string, clusters: number[]) =>
  payload.create({
    collection: 'joinRequests',
    data: {
      company,
      businessId,
      municipality: '698',
      clusters,
      contact: { name: 'Yhteyshenkilö', email: `${businessId}@example.test` },
      source: { locale: 'fi' },
      status: 'new',
    },
  })

beforeAll(async () => {
  payload = await bootPayload()
  const cluster = async (slug: string, fi: string, sv: string) => {
    const made = await payload.create({
      collection: 'clusters',
      locale: 'fi',
      data: { name: fi, slug, displayOrder: 1 },
    })
    await payload.update({ collection: 'clusters', id: made.id, locale: 'sv', data: { name: sv } })
    return made.id
  }
  tourism = await cluster('smart-and-sustainable-arctic-tourism', 'Matkailu', 'Turism')
  design = await cluster('arctic-design', 'Arktinen muotoilu', 'Arktisk design')

  const benefit = await payload.create({
    collection: 'benefits',
    locale: 'fi',
    data: {
      title: 'Kesätuotteet',
      cluster: tourism,
      year: 2026,
      companies: [{ name: 'Revontuli Safarit Oy', businessId: '0112038-9' }, { name: 'Kota Oy' }],
      newProducts: 3,
      jobs: 2,
      exportEuros: 40_000,
      rdiProjects: 1,
      fundingEuros: 120_000,
      quote: { text: 'Saimme kesään kolme uutta tuotetta.', person: 'Maija', approved: true },
    },
  })
  await payload.update({
    collection: 'benefits',
    id: benefit.id,
    locale: 'sv',
    data: { title: 'Sommarprodukter', quote: { text: 'Vi fick tre nya produkter.' } },
  })
  await payload.create({
    collection: 'benefits',
    locale: 'fi',
    data: {
      title: 'Yhteinen hanke',
      cluster: tourism,
      year: 2025,
      companies: [{ name: 'kota oy ' }],
      rdiProjects: 2,
      fundingEuros: 80_000,
      quote: { text: 'Ei vielä hyväksytty.', approved: false },
    },
  })
  const joined = await request('Revontuli Safarit Oy', '0112038-9', [tourism])
  await payload.update({ collection: 'joinRequests', id: joined.id, data: { status: 'contacted' } })
  await payload.update({ collection: 'joinRequests', id: joined.id, data: { status: 'joined' } })
  await request('Uusi Matkailu Oy', '1000000-4', [tourism, design])
  await request('=HYPERLINK("https://evil.example")', '0000000-0', [design])
})

afterAll(async () => {
  await payload.destroy()
})

describe('GET /api/clusters/{slug}/impact', () => {
  it('rolls up benefits and joins, with labels in the language asked and approved quotes only', async () => {
    const response = await rest('clusters/smart-and-sustainable-arctic-tourism/impact?locale=sv')
    expect(response.status).toBe(200)
    const impact = await response.json()
    expect(impact).toMatchObject({
      cluster: { slug: 'smart-and-sustainable-arctic-tourism', name: 'Turism' },
      // Revontuli (by business ID, in a benefit and joined) and Kota (by name, twice): two.
      companiesEngaged: 2,
      requestsThisYear: 2,
      joinsThisYear: 1,
      outcomes: { newProducts: 3, jobs: 2, exportEuros: 40_000, rdiProjects: 3 },
      fundingEuros: 200_000,
      quotes: [{ text: 'Vi fick tre nya produkter.', person: 'Maija', year: 2026 }],
    })
    expect(impact.labels.fundingEuros).toBe('Erhållen finansiering (euro)')
    expect(impact.joinsPerMonth).toHaveLength(12)
    expect(impact.joinsPerMonth.at(-1)).toMatchObject({ requests: 2, joined: 1 })
    expect(JSON.stringify(impact)).not.toContain('example.test')

    const all = await (await rest('clusters/arctic-design/impact?locale=all')).json()
    expect(all.labels.companiesEngaged).toEqual({
      fi: 'Mukana olleet yritykset',
      sv: 'Engagerade företag',
      en: 'Companies engaged',
    })
    expect(all).toMatchObject({ requestsThisYear: 2, joinsThisYear: 0, fundingEuros: 0 })
    expect((await rest('clusters/no-such-cluster/impact')).status).toBe(404)
  })

  it('is cached for readers and changes as soon as a benefit is recorded', async () => {
    const path = 'clusters/arctic-design/impact?locale=fi'
    const first = await rest(path)
    expect(first.headers.get('etag')).toBeTruthy()
    expect((await first.json()).outcomes.jobs).toBe(0)
    await payload.create({
      collection: 'benefits',
      locale: 'fi',
      data: {
        title: 'Uusi palvelu',
        cluster: design,
        year: 2026,
        companies: [{ name: 'Studio Oy' }],
        jobs: 4,
      },
    })
    expect((await (await rest(path)).json()).outcomes.jobs).toBe(4)
  })

  it('keeps a partner key to its languages: its first by default, others a 403 naming them', async () => {
    const adminToken = await login((await createUser(payload, 'admin')).email, testPassword)
    const { key } = await createPartner(payload, adminToken, { scopeLocales: ['sv', 'en'] })
    const path = 'clusters/smart-and-sustainable-arctic-tourism/impact'
    const ask = (query: string) =>
      rest(`${path}${query}`, { headers: { ...keyHeader(key), 'Accept-Language': 'en' } })

    const byDefault = await ask('')
    expect(byDefault.status).toBe(200)
    expect(await byDefault.json()).toMatchObject({
      locale: 'sv',
      cluster: { name: 'Turism' },
      quotes: [{ text: 'Vi fick tre nya produkter.' }],
    })
    expect((await (await ask('?locale=en')).json()).locale).toBe('en')
    for (const locale of ['fi', 'all']) {
      const refused = await ask(`?locale=${locale}`)
      expect(refused.status, locale).toBe(403)
      expect((await refused.json()).errors[0].message).toBe(
        `This API key may read sv, en only, not "${locale}".`,
      )
    }
    expect((await ask('?locale=xx')).status).toBe(400)
  })
})

describe('the admin dashboard', () => {
  it('shows each cluster as an accessible chart of joins per month and outcomes', async () => {
    const admin = await createUser(payload, 'admin')
    // Payload's own i18n, as the admin hands it to the dashboard (fi lacks from Payload's codes).
    const i18n = await initI18n({
      config: adminI18n as Parameters<typeof initI18n>[0]['config'],
      context: 'client',
      language: 'fi' as 'en',
    })
    const element = await ClusterImpactDashboard({
      payload,
      i18n,
      user: { ...admin, collection: 'users' },
    } as unknown as ServerProps)
    const html = renderToStaticMarkup(element!)
    expect(html).toContain('<h2 id="cluster-impact">Mitä klusterit saavat aikaan</h2>')
    expect(html).toContain('role="img"')
    expect(html).toContain(
      '<title id="impact-smart-and-sustainable-arctic-tourism-joins-title">Liittymispyynnöt kuukausittain</title>',
    )
    expect(html).toContain('Pyynnöt: 2, Liittyneet: 1')
    expect(html).toMatch(/<th scope="row">\d{4}-\d{2}<\/th><td>2<\/td><td>1<\/td>/)
    expect(html).toContain('<dt>Saatu rahoitus (euroa)</dt>')
  })
})

describe('CSV reports', () => {
  const parse = (csv: string) =>
    csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((line) => line.split(','))

  it('exports join requests per the reader’s access, safe to open in a spreadsheet', async () => {
    expect((await rest('reports/join-requests.csv')).status).toBe(403)
    const editor = await createUser(payload, 'editor')
    const response = await rest('reports/join-requests.csv', {
      token: await login(editor.email, testPassword),
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="join-requests-/,
    )
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const csv = await response.text()
    const rows = parse(csv)
    expect(rows[0]!.slice(0, 4)).toEqual(['id', 'receivedAt', 'company', 'businessId'])
    expect(rows).toHaveLength(4)
    expect(csv).toContain('"\'=HYPERLINK(""https://evil.example"")"')
    expect(csv).toContain('Rovaniemi')

    const designEditor = await payload.create({
      collection: 'users',
      data: {
        email: `design-${Date.now()}@example.test`,
        password: testPassword,
        name: 'Muotoilu',
        roles: ['clusterEditor'],
        clusters: [design],
      },
    })
    const own = await rest('reports/join-requests.csv', {
      token: await login(designEditor.email, testPassword),
    })
    const companies = parse(await own.text())
      .slice(1)
      .map((row) => row[2])
    expect(companies.sort()).toEqual(
      ['"\'=HYPERLINK(""https://evil.example"")"', 'Uusi Matkailu Oy'].sort(),
    )

    const translator = await createUser(payload, 'translator')
    const refused = await rest('reports/join-requests.csv', {
      token: await login(translator.email, testPassword),
    })
    expect(refused.status).toBe(403)
  })

  it('counts confirmed subscribers per cluster and language', async () => {
    const subscriber = (
      email: string,
      locale: 'fi' | 'sv',
      clusters: number[],
      status = 'confirmed',
    ) =>
      payload.create({
        collection: 'subscribers',
        data: { email, locale, clusters, status: status as 'confirmed' },
      })
    await subscriber('a@example.test', 'fi', [tourism, design])
    await subscriber('b@example.test', 'sv', [tourism])
    await subscriber('c@example.test', 'fi', [])
    await subscriber('d@example.test', 'fi', [tourism], 'pending')
    const editor = await createUser(payload, 'editor')
    const token = await login(editor.email, testPassword)
    const rows = parse(await (await rest('reports/subscribers-per-cluster.csv', { token })).text())
    expect(rows[0]).toEqual([
      'cluster',
      'name',
      'confirmed',
      'confirmedFi',
      'confirmedSv',
      'confirmedEn',
      'pending',
    ])
    const row = (slug: string) => rows.find((r) => r[0] === slug)
    expect(row('smart-and-sustainable-arctic-tourism')).toEqual([
      'smart-and-sustainable-arctic-tourism',
      'Matkailu',
      '2',
      '1',
      '1',
      '0',
      '1',
    ])
    expect(row('arctic-design')!.slice(2)).toEqual(['1', '1', '0', '0', '0'])
    expect(row('(all clusters)')!.slice(2)).toEqual(['1', '1', '0', '0', '0'])
    const clusterEditor = await createUser(payload, 'clusterEditor')
    const refused = await rest('reports/subscribers-per-cluster.csv', {
      token: await login(clusterEditor.email, testPassword),
    })
    expect(refused.status).toBe(403)
  })
})
