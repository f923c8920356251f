import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { appPool } from '@/platform/database/pool'
import { rankedNewsLimit } from '@/search/searchIndex'

import { rest } from '../helpers/api'
import { newsData } from '../helpers/news'
import { bootPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await bootPayload()
})

afterAll(async () => {
  await payload.destroy()
})

type Hit = { collection: string; id: number; title: string; snippet: string; url?: string }
type Answer = {
  docs: Hit[]
  totalDocs: number
  totalPages: number
  page: number
  capped: boolean
}

async function search(query: string): Promise<Answer> {
  const response = await rest(`search?${query}`)
  expect(response.status, await response.clone().text()).toBe(200)
  return (await response.json()) as Answer
}

const ids = (answer: Answer, collection = 'news') =>
  answer.docs.filter((hit) => hit.collection === collection).map((hit) => hit.id)

async function publish(
  fi: { title: string; summary: string },
  other: Record<string, typeof fi> = {},
) {
  const item = await payload.create({
    collection: 'news',
    locale: 'fi',
    data: newsData({ ...fi, _status: 'published' }),
  })
  for (const [locale, data] of Object.entries(other)) {
    await payload.update({
      collection: 'news',
      id: item.id,
      locale: locale as 'sv' | 'en',
      data: { ...data, _status: 'published' },
    })
  }
  return item
}

describe('stemming and compounds', () => {
  it('finds Finnish base words from inflected and compound forms, and the other way round', async () => {
    const circular = await publish({
      title: 'Kiertotalous tuo uusia mahdollisuuksia',
      summary: 'Teollisuuden sivuvirrat ovat raaka-ainetta pk-yrityksille.',
    })
    const tourism = await publish({
      title: 'Luontomatkailu kasvaa ympäri vuoden',
      summary: 'Matkailu työllistää. Matkailuyritykset kehittävät ympärivuotisia tuotteita.',
    })
    // Inflection with consonant gradation: the snowball stemmer alone gives kiertotaloud ≠ kiertotalous.
    expect(ids(await search('q=kiertotalouden&locale=fi'))).toEqual([circular.id])
    expect(ids(await search('q=kiertotaloudessa&locale=fi'))).toEqual([circular.id])
    // A base word finds its compounds, a compound its base words.
    expect(ids(await search('q=matkailu&locale=fi'))).toEqual([tourism.id])
    expect(ids(await search('q=talous&locale=fi'))).toEqual([circular.id])
    expect(ids(await search('q=matkailuyrittäjälle&locale=fi'))).toContain(tourism.id)
    expect(ids(await search('q=yritykset%20ympärivuotinen&locale=fi'))).toEqual([tourism.id])
    // Unrelated words find nothing.
    expect((await search('q=kaivostoiminta&locale=fi')).totalDocs).toBe(0)
  })

  it('stems Swedish and English too, with highlighted, escaped snippets', async () => {
    const item = await publish(
      { title: 'Kiertotalous', summary: 'Suomeksi.' },
      {
        sv: {
          title: 'Cirkulär ekonomi i Kemi',
          summary: 'Företagen i "Kemi–Torneå" & regionen utnyttjar sidoströmmar.',
        },
        en: {
          title: 'Circular economy in Kemi',
          summary: 'Companies in the region use side streams.',
        },
      },
    )
    const sv = await search('q=ekonomin%20f%C3%B6retag&locale=sv')
    expect(ids(sv)).toEqual([item.id])
    expect(sv.docs[0]!.title).toBe('Cirkulär <mark>ekonomi</mark> i Kemi')
    expect(sv.docs[0]!.snippet).toContain(
      '<mark>Företagen</mark> i &quot;Kemi–Torneå&quot; &amp; regionen',
    )
    const en = await search('q=company%20economies&locale=en')
    expect(ids(en)).toEqual([item.id])
    expect(en.docs[0]!.snippet).toContain('<mark>Companies</mark>')
    expect(en.docs[0]!.url).toMatch(/\/en\/news\/circular-economy-in-kemi$/)
  })
})

describe('what readers may find', () => {
  it('finds only published languages, never drafts, and follows every change', async () => {
    const item = await publish({ title: 'Porotalous Sallassa', summary: 'Porotalouden uutinen.' })
    // A Swedish draft of a published item, and a draft-only item: neither is found.
    await payload.update({
      collection: 'news',
      id: item.id,
      locale: 'sv',
      data: { title: 'Renskötsel i Salla', _status: 'draft' },
      draft: true,
    })
    await payload.create({
      collection: 'news',
      locale: 'fi',
      data: newsData({ title: 'Porotalouden luonnos', _status: 'draft' }),
      draft: true,
    })
    expect(ids(await search('q=porotalous&locale=fi'))).toEqual([item.id])
    expect((await search('q=renskötsel&locale=sv')).totalDocs).toBe(0)

    await payload.update({
      collection: 'news',
      id: item.id,
      locale: 'fi',
      data: { title: 'Poronhoito Sallassa', summary: 'Uusi ingressi.' },
    })
    expect((await search('q=porotalous&locale=fi')).totalDocs).toBe(0)
    expect(ids(await search('q=poronhoito&locale=fi'))).toEqual([item.id])

    await payload.update({
      collection: 'news',
      id: item.id,
      locale: 'fi',
      data: { _status: 'draft' },
    })
    expect((await search('q=poronhoito&locale=fi')).totalDocs).toBe(0)
    await payload.update({
      collection: 'news',
      id: item.id,
      locale: 'fi',
      data: { _status: 'published' },
    })
    expect(ids(await search('q=poronhoito&locale=fi'))).toEqual([item.id])
    await payload.delete({ collection: 'news', id: item.id })
    expect((await search('q=poronhoito&locale=fi')).totalDocs).toBe(0)
  })

  it('finds clusters and experts in their languages, by type, a page at a time', async () => {
    const cluster = await payload.create({
      collection: 'clusters',
      locale: 'fi',
      data: {
        name: 'Arktinen muotoilu',
        slug: 'arctic-design',
        shortDescription: 'Palvelumuotoilua pk-yrityksille.',
        focusAreas: ['Tuote- ja palvelumuotoilu'],
        displayOrder: 2,
      },
    })
    await payload.update({
      collection: 'clusters',
      id: cluster.id,
      locale: 'en',
      data: { name: 'Arctic Design', shortDescription: 'Service design for small companies.' },
    })
    const expert = await payload.create({
      collection: 'experts',
      locale: 'fi',
      data: {
        name: 'Aino Ahonen',
        slug: 'aino-ahonen',
        title: 'Muotoilija',
        expertiseAreas: ['Palvelumuotoilu'],
        clusters: [cluster.id],
      },
    })
    const fi = await search('q=palvelumuotoilun&locale=fi&type=clusters,experts')
    expect(fi.docs.map((hit) => hit.collection).sort()).toEqual(['clusters', 'experts'])
    expect(ids(fi, 'experts')).toEqual([expert.id])
    expect(ids(await search('q=design&locale=en'), 'clusters')).toEqual([cluster.id])
    // No Swedish text for the cluster: not found in Swedish.
    expect(ids(await search('q=design&locale=sv'), 'clusters')).toEqual([])
    // Experts' names are found in every language.
    expect(ids(await search('q=Ahonen&locale=sv'), 'experts')).toEqual([expert.id])

    const first = await search('q=palvelumuotoilu&locale=fi&limit=1')
    const second = await search('q=palvelumuotoilu&locale=fi&limit=1&page=2')
    expect(first.totalDocs).toBe(2)
    expect(first.totalPages).toBe(2)
    expect(second.page).toBe(2)
    expect(
      second.docs[0]!.id === first.docs[0]!.id &&
        second.docs[0]!.collection === first.docs[0]!.collection,
    ).toBe(false)
  })

  it('refuses bad requests with reasons', async () => {
    const cases: [string, number, RegExp][] = [
      ['q=a&locale=fi', 400, /search text/],
      ['locale=fi', 400, /search text/],
      ['q=kala&locale=se', 400, /locale/],
      ['q=kala&locale=all', 400, /locale/],
      ['q=kala&type=users', 400, /users/],
      ['q=kala&limit=500', 400, /limit/],
      ['q=kala&page=0', 400, /page/],
    ]
    for (const [query, status, reason] of cases) {
      const response = await rest(`search?${query}`)
      expect(response.status, query).toBe(status)
      expect((await response.json()).errors[0].message, query).toMatch(reason)
    }
  })
})

describe('a search over a large archive ranks a bounded set', () => {
  // Index rows written in SQL, as bench/bulkNews.ts copies news: publishing hundreds of items
  // through Payload takes minutes. Ids far above any the other tests create.
  const firstId = 1_000_000
  const older = rankedNewsLimit + 50
  const idOf = (n: number) => firstId + n

  beforeAll(async () => {
    // Item n is published n minutes before the newest; its words decide its rank.
    const words = (n: number) =>
      n === 150 || n === rankedNewsLimit + 20
        ? 'qvörtti qvörtti qvörtti'
        : n === older - 1
          ? 'Harvinainen xylofonikko'
          : ''
    await appPool(payload).query(
      `INSERT INTO search.entries (collection, doc_id, locale, title, body, slug, published_at)
       SELECT 'news', $1::int + n, 'fi', 'Qvörtti ' || n, coalesce(($3::text[])[n + 1], ''),
         'qvortti-' || n, now() - n * interval '1 minute'
       FROM generate_series(0, $2::int - 1) n
       UNION ALL
       SELECT 'clusters', $1::int, 'fi', 'Qvörtti-klusteri', 'Klusteri', 'qvortti-klusteri', NULL`,
      [firstId, older, Array.from({ length: older }, (_, n) => words(n))],
    )
  })

  afterAll(async () => {
    await appPool(payload).query('DELETE FROM search.entries WHERE doc_id >= $1', [firstId])
  })

  it('ranks the newest matching news and every matching cluster, and says more matched', async () => {
    const hits: Hit[] = []
    for (let page = 1; page <= 5; page++) {
      const answer = await search(`q=qv%C3%B6rtti&locale=fi&limit=50&page=${page}`)
      expect(answer).toMatchObject({ totalDocs: rankedNewsLimit + 1, totalPages: 5, capped: true })
      hits.push(...answer.docs)
    }
    const newest = Array.from({ length: rankedNewsLimit }, (_, n) => idOf(n))
    expect(ids({ docs: hits } as Answer).sort()).toEqual(newest.sort())
    expect(ids({ docs: hits } as Answer, 'clusters')).toEqual([firstId])
    expect((await search('q=qv%C3%B6rtti&locale=fi&limit=50&page=6')).docs).toEqual([])
    // Only the cluster: nothing is capped.
    const clusters = await search('q=qv%C3%B6rtti&locale=fi&type=clusters')
    expect(clusters).toMatchObject({ totalDocs: 1, capped: false })
  })

  it('orders by rank among them, then newest first; an older match past the limit is not ranked', async () => {
    const answer = await search('q=qv%C3%B6rtti&locale=fi&type=news&limit=4')
    // Item 150 says it four times: first. Item 220 says it as often, but is past the newest 200.
    expect(ids(answer)).toEqual([idOf(150), idOf(0), idOf(1), idOf(2)])
    expect(answer.totalDocs).toBe(rankedNewsLimit)
  })

  it('finds a rare word however deep in the archive', async () => {
    const rare = await search('q=xylofonikko&locale=fi')
    expect(ids(rare)).toEqual([idOf(older - 1)])
    expect(rare).toMatchObject({ totalDocs: 1, capped: false })
    // With a common word too: all words must match, so the rare one decides.
    expect(ids(await search('q=qv%C3%B6rtti%20xylofonikko&locale=fi'))).toEqual([idOf(older - 1)])
  })
})
