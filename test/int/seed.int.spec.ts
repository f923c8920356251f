import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/seed'

import { graphql, rest } from '../helpers/api'
import { bootPayload } from '../helpers/payload'
import { testPassword } from '../helpers/users'

let payload: Payload

beforeAll(async () => {
  payload = await bootPayload()
})

afterAll(async () => {
  await payload.destroy()
})

const countAll = async () => {
  const counts: Record<string, number> = {}
  for (const collection of [
    'clusters',
    'experts',
    'contacts',
    'news',
    'events',
    'users',
  ] as const) {
    counts[collection] = (await payload.count({ collection })).totalDocs
  }
  return counts
}

describe('first start', () => {
  it('with no users, the first account registered on the admin screen is an admin', async () => {
    const response = await rest('users/first-register', {
      method: 'POST',
      body: {
        email: 'first@example.test',
        password: testPassword,
        name: 'First',
        roles: ['editor'],
      },
    })
    expect(response.status).toBe(200)
    const [first] = (await payload.find({ collection: 'users' })).docs
    expect(first?.roles).toEqual(['admin'])
    await payload.delete({ collection: 'users', id: first!.id })
  })

  it('seeds the six clusters, the people of the article and the article in three languages', async () => {
    process.env.ADMIN_EMAIL = 'council-admin@example.test'
    process.env.ADMIN_PASSWORD = testPassword
    await seed(payload)

    const clusters = await payload.find({ collection: 'clusters', locale: 'all', limit: 10 })
    expect(clusters.docs.map((cluster) => cluster.slug)).toEqual([
      'arctic-industry-and-circular-economy',
      'arctic-design',
      'arctic-safety',
      'arctic-development-environments',
      'arctic-smart-rural-community',
      'smart-and-sustainable-arctic-tourism',
    ])
    expect(clusters.docs[0]!.name).toMatchObject({
      fi: 'Arktinen teollisuus ja kiertotalous',
      en: 'Arctic Industry and Circular Economy',
    })
    for (const cluster of clusters.docs) {
      const names = cluster.name as unknown as Record<string, string>
      expect(Object.keys(names).sort()).toEqual(['en', 'fi', 'sv'])
    }

    const experts = await payload.find({ collection: 'experts' })
    expect(experts.docs.map((expert) => expert.name).sort()).toEqual([
      'Kaarina Mäcklin',
      'Paula Heikkilä',
    ])
    // Every cluster has a coordinator with an address: a request to join reaches a person.
    for (const cluster of clusters.docs) {
      const coordinator = cluster.coordinator as { name: string; email?: string | null }
      expect(coordinator).toMatchObject({
        name: 'Kaarina Mäcklin',
        email: 'kaarina.macklin@lapinliitto.example',
      })
    }

    const admins = await payload.find({ collection: 'users' })
    expect(admins.docs.map((user) => [user.email, user.roles])).toEqual([
      ['council-admin@example.test', ['admin']],
    ])
  })

  it('serves the seeded article to anonymous readers in each language by its own slug', async () => {
    const slugs = {
      fi: 'lappilaiseen-klusteritoimintaan-tarvitaan-mukaan-lisaa-yrityksia',
      sv: 'fler-foretag-behovs-i-klusterverksamheten-i-lappland',
      en: 'more-companies-needed-in-laplands-cluster-activities',
    }
    for (const [locale, slug] of Object.entries(slugs)) {
      const response = await rest(`news?locale=${locale}&where[slug][equals]=${slug}`)
      const { docs } = await response.json()
      expect(docs, locale).toHaveLength(1)
      expect(docs[0].contacts[0].name).toBe('Kaarina Mäcklin')
      expect(docs[0].clusters).toHaveLength(6)
      expect(JSON.stringify(docs[0].body)).toContain('Arctic Smartness')
    }
    const swedish = await (await rest(`news?locale=sv&where[slug][equals]=${slugs.sv}`)).json()
    expect(swedish.docs[0].title).toBe('Fler företag behövs i klusterverksamheten i Lappland')
  })

  it('serves it over GraphQL with its clusters, in the language asked for', async () => {
    const query = (locale: string) =>
      `{ allNews(locale: ${locale}, limit: 5) { docs { title slug clusters { name slug } contacts { name role } } } }`
    const titles: Record<string, string> = {}
    for (const locale of ['fi', 'sv', 'en']) {
      const response = await graphql(query(locale))
      expect(response.status).toBe(200)
      const { data } = await response.json()
      const [item] = data.allNews.docs
      titles[locale] = item.title
      expect(item.clusters).toHaveLength(6)
      expect(item.contacts[0].role).toBeTruthy()
    }
    expect(titles).toEqual({
      fi: 'Lappilaiseen klusteritoimintaan tarvitaan mukaan lisää yrityksiä',
      sv: 'Fler företag behövs i klusterverksamheten i Lappland',
      en: 'More companies needed in Lapland’s cluster activities',
    })
    const english = await (await graphql(query('en'))).json()
    expect(english.data.allNews.docs[0].clusters[1].name).toBe('Arctic Design')
  })

  it('seeds the article’s event with its recording, linked from the article, and a demo event', async () => {
    const slugs = {
      fi: 'arctic-smartness-suuntia-tulevaan-2022',
      sv: 'arctic-smartness-riktningar-for-framtiden-2022',
      en: 'arctic-smartness-directions-for-the-future-2022',
    }
    for (const [locale, slug] of Object.entries(slugs)) {
      const { docs } = await (
        await rest(`events?locale=${locale}&where[slug][equals]=${slug}&depth=0`)
      ).json()
      expect(docs, locale).toHaveLength(1)
      expect(docs[0]).toMatchObject({
        title: expect.stringContaining('Arctic Smartness – Suuntia tulevaan'),
        startsAt: '2022-02-23T07:00:00.000Z',
        recordingUrl: 'https://arcticsmartness.fi/arctic-smartness-suuntia-tulevaan-23-24-2-2022/',
      })
    }
    const article = await (
      await rest(
        'news?locale=en&where[slug][equals]=more-companies-needed-in-laplands-cluster-activities&depth=1',
      )
    ).json()
    expect(article.docs[0].events.map((event: { slug: string }) => event.slug)).toEqual([slugs.en])

    const { docs: upcoming } = await (
      await rest(`events?locale=sv&where[endsAt][greater_than]=${new Date().toISOString()}&depth=0`)
    ).json()
    expect(upcoming).toHaveLength(1)
    expect(upcoming[0]).toMatchObject({ capacity: 20, format: 'hybrid' })
    expect(upcoming[0].programme.map((session: { title: string }) => session.title)).toEqual([
      'Öppning',
      'Klustren presenterar sig',
    ])
    const finnish = await (await rest(`events/${upcoming[0].id}?locale=fi&depth=0`)).json()
    expect(finnish.programme[0].title).toBe('Avaus')
  })

  it('a second start adds nothing and changes no password', async () => {
    const before = await countAll()
    process.env.ADMIN_PASSWORD = 'another password entirely'
    await seed(payload)
    expect(await countAll()).toEqual(before)
    const { token } = await payload.login({
      collection: 'users',
      data: { email: 'council-admin@example.test', password: testPassword },
    })
    expect(token).toBeTruthy()
  })

  it('content an editor deleted stays deleted after a restart', async () => {
    const [article] = (await payload.find({ collection: 'news' })).docs
    await payload.delete({ collection: 'news', id: article!.id })
    await seed(payload)
    expect((await payload.count({ collection: 'news' })).totalDocs).toBe(0)
  })
})
