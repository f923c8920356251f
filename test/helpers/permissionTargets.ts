import type { Payload } from 'payload'
import sharp from 'sharp'

import type { Actor } from '@/access/permissions'
import { appPool } from '@/platform/database/pool'

import { testPassword } from './users'

/** One document a cell is tried on, and what the table's reaches need to know of it. */
export type Target = { id: number; own: boolean; published: boolean; self: boolean; label: string }
export type Variant = Omit<Target, 'id' | 'label'>

export type World = {
  payload: Payload
  ownCluster: number
  otherCluster: number
  userIds: Partial<Record<Actor, number>>
}

/** The Local API with full access; the cells' data is checked by the app, not the compiler. */
const create = (payload: Payload, options: Record<string, unknown>) =>
  payload.create(options as never) as Promise<{ id: number; email?: string }>

let counter = 0
export const unique = (text: string) => `${text} ${Date.now()}-${++counter}`

const clusterOf = (world: World, own: boolean) => (own ? world.ownCluster : world.otherCluster)

export const pngFile = async () => {
  const data = await sharp({
    create: { width: 40, height: 20, channels: 3, background: '#1e5aa0' },
  })
    .png()
    .toBuffer()
  return {
    data,
    mimetype: 'image/png',
    name: `${unique('kuva').replace(/\W/g, '-')}.png`,
    size: data.length,
  }
}

export const joinRequestData = (cluster: number) => ({
  company: unique('Testi Oy'),
  businessId: '0112038-9',
  municipality: '698' as const,
  clusters: [cluster],
  contact: { name: 'Maija Mäkelä', email: `${unique('maija').replace(/\W/g, '')}@example.test` },
  source: { locale: 'fi' as const },
  consent: { text: 'Suostun.', version: '1', givenAt: new Date().toISOString() },
})

/** A cluster editor's own cluster is one listed on their account. */
async function ownedByClusterEditor(world: World, clusterId: number) {
  const id = world.userIds.clusterEditor!
  const user = await world.payload.findByID({ collection: 'users', id, depth: 0 })
  const clusters = [...((user.clusters ?? []) as number[]), clusterId]
  await world.payload.update({ collection: 'users', id, data: { clusters } })
}

/** People belong to the clusters that name them (a coordinator, a contact). */
async function namedByCluster(
  world: World,
  own: boolean,
  field: 'coordinator' | 'contacts',
  id: number,
) {
  const cluster = clusterOf(world, own)
  const current = await world.payload.findByID({ collection: 'clusters', id: cluster, depth: 0 })
  const value = field === 'coordinator' ? id : [...((current.contacts ?? []) as number[]), id]
  await world.payload.update({ collection: 'clusters', id: cluster, data: { [field]: value } })
}

async function newsletterAndSubscriber(payload: Payload) {
  const newsletter = await create(payload, {
    collection: 'newsletters',
    locale: 'fi',
    data: { subject: unique('Uutiskirje') },
  })
  const subscriber = await create(payload, {
    collection: 'subscribers',
    data: {
      email: `${unique('lukija').replace(/\W/g, '')}@example.test`,
      locale: 'fi',
      status: 'confirmed',
    },
  })
  return { newsletter, subscriber }
}

/** An event's required times: a day, a month from now. */
export const eventTimes = () => {
  const startsAt = new Date(Date.now() + 30 * 86_400_000)
  return {
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
  }
}

/** Makes a fresh document of the collection, with full access, for one attempt. */
export const makeTarget: Record<
  string,
  (world: World, variant: Variant, actor: Actor) => Promise<number>
> = {
  news: async ({ payload, ...world }, { own, published }) =>
    (
      await create(payload, {
        collection: 'news',
        locale: 'fi',
        draft: !published,
        data: {
          title: unique('Uutinen'),
          clusters: [clusterOf({ payload, ...world }, own)],
          _status: published ? 'published' : 'draft',
        },
      })
    ).id,
  events: async ({ payload, ...world }, { own, published }) =>
    (
      await create(payload, {
        collection: 'events',
        locale: 'fi',
        draft: !published,
        data: {
          title: unique('Tapahtuma'),
          ...eventTimes(),
          clusters: [clusterOf({ payload, ...world }, own)],
          _status: published ? 'published' : 'draft',
        },
      })
    ).id,
  registrations: async (world, { own }) => {
    const event = await makeTarget.events!(world, { own, published: true, self: false }, 'admin')
    const registration = await create(world.payload, {
      collection: 'registrations',
      data: {
        event,
        name: 'Maija Mäkelä',
        email: `${unique('osallistuja').replace(/\W/g, '')}@example.test`,
        locale: 'fi',
        status: 'confirmed',
        clusters: [clusterOf(world, own)],
      },
    })
    return registration.id
  },
  clusters: async (world, { own }) => {
    const cluster = await create(world.payload, {
      collection: 'clusters',
      locale: 'fi',
      data: { name: unique('Klusteri'), displayOrder: 100 },
    })
    if (own) await ownedByClusterEditor(world, cluster.id)
    return cluster.id
  },
  experts: async (world, { own }) => {
    const expert = await create(world.payload, {
      collection: 'experts',
      data: { name: unique('Asiantuntija') },
    })
    await namedByCluster(world, own, 'coordinator', expert.id)
    return expert.id
  },
  contacts: async (world, { own }) => {
    const contact = await create(world.payload, {
      collection: 'contacts',
      data: { kind: 'person', name: unique('Yhteyshenkilö') },
    })
    await namedByCluster(world, own, 'contacts', contact.id)
    return contact.id
  },
  benefits: async (world, { own }) =>
    (
      await create(world.payload, {
        collection: 'benefits',
        locale: 'fi',
        data: {
          title: unique('Hyöty'),
          cluster: clusterOf(world, own),
          year: 2025,
          companies: [{ name: 'Testi Oy' }],
        },
      })
    ).id,
  joinRequests: async (world, { own }) =>
    (
      await create(world.payload, {
        collection: 'joinRequests',
        data: joinRequestData(clusterOf(world, own)),
      })
    ).id,
  media: async ({ payload }) =>
    (
      await create(payload, {
        collection: 'media',
        locale: 'fi',
        data: { alt: unique('Kuva') },
        file: await pngFile(),
      })
    ).id,
  newsletters: async ({ payload }) => (await newsletterAndSubscriber(payload)).newsletter.id,
  subscribers: async ({ payload }) => (await newsletterAndSubscriber(payload)).subscriber.id,
  deliveries: async ({ payload }) => {
    const { newsletter, subscriber } = await newsletterAndSubscriber(payload)
    return (
      await create(payload, {
        collection: 'deliveries',
        data: {
          newsletter: newsletter.id,
          subscriber: subscriber.id,
          email: subscriber.email,
          locale: 'fi',
        },
      })
    ).id
  },
  users: async (world, { self }, actor) => {
    if (self && world.userIds[actor]) return world.userIds[actor]
    const email = `${unique('kayttaja').replace(/\W/g, '')}@example.test`
    const user = await create(world.payload, {
      collection: 'users',
      data: { email, password: testPassword, name: 'Toinen', roles: ['editor'] },
    })
    return user.id
  },
  partners: async ({ payload }) =>
    (await create(payload, { collection: 'partners', data: { name: unique('Kumppani') } })).id,
  erasures: async ({ payload }) =>
    (
      await create(payload, {
        collection: 'erasures',
        data: {
          kind: 'subscriber',
          addressHash: unique('tiiviste'),
          erasedAt: new Date().toISOString(),
          requestedBy: 'self',
        },
      })
    ).id,
  // A row of the actor's own (`self`) or of another user's.
  'audit-log': async ({ payload, userIds }, { self }, actor) => {
    const other = actor === 'editor' ? userIds.admin : userIds.editor
    const row = await create(payload, {
      collection: 'audit-log',
      data: {
        time: new Date().toISOString(),
        actor: (self && userIds[actor]) || other,
        action: 'viewList',
        targetCollection: 'subscribers',
      },
    })
    return row.id
  },
  'retention-runs': async ({ payload }) =>
    (
      await create(payload, {
        collection: 'retention-runs',
        data: { ranAt: new Date().toISOString(), results: [] },
      })
    ).id,
  'webhook-deliveries': async ({ payload }) => {
    const partner = await create(payload, {
      collection: 'partners',
      data: { name: unique('Kumppani') },
    })
    const delivery = await create(payload, {
      collection: 'webhook-deliveries',
      data: {
        partner: partner.id,
        eventId: unique('event'),
        eventType: 'publish',
        targetCollection: 'news',
        documentId: 1,
        body: '{}',
        status: 'failed',
      },
    })
    return delivery.id
  },
}

/**
 * A fingerprint of every row of the collection's tables (its locales, relations, arrays and
 * versions), to show that a refused attempt changed nothing. Partner usage counters move with
 * every partner request, allowed or not, so they are left out.
 */
export async function fingerprint(payload: Payload, slug: string): Promise<string> {
  const base = slug
    .replace(/-/g, '_')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
  const pool = appPool(payload)
  const { rows: tables } = await pool.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_name ~ $1 ORDER BY table_name`,
    [`^_?${base}(_v)?(_.*)?$`],
  )
  const parts: string[] = []
  for (const { table_name: table } of tables) {
    const { rows } = await pool.query<{ hash: string }>(
      `SELECT md5(coalesce(string_agg((to_jsonb(t) - 'last_used_at' - 'request_count')::text, '|'
         ORDER BY (to_jsonb(t) - 'last_used_at' - 'request_count')::text), '')) AS hash
         FROM "${table}" t`,
    )
    parts.push(`${table}:${rows[0]!.hash}`)
  }
  return parts.join(' ')
}
