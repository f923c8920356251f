import { readFile } from 'node:fs/promises'

import { formatNames, type Payload } from 'payload'
import { format, resolveConfig } from 'prettier'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { permissionMark } from '@/access/enforce'
import {
  actors,
  permissions,
  rootEndpoints,
  type Actor,
  type CollectionRules,
  type EndpointRule,
  type Grants,
  type Reach,
} from '@/access/permissions'
import { generatedSections, withSection } from '@/access/permissionsDoc'

import { graphql, login, rest } from '../helpers/api'
import { createPartner, keyHeader } from '../helpers/partners'
import { bootPayload } from '../helpers/payload'
import {
  eventTimes,
  fingerprint,
  joinRequestData,
  makeTarget,
  pngFile,
  unique,
  type Variant,
  type World,
} from '../helpers/permissionTargets'
import { startSmtpSink, type SmtpSink } from '../helpers/smtp'
import { createUser, testPassword } from '../helpers/users'

/**
 * Reads the permission table and tries every cell: each role (and anonymous, and a partner key)
 * × each collection's operations and special actions × own and another cluster × Finnish and
 * Swedish, over REST and GraphQL, and every custom endpoint. Allowed cells must succeed; refused
 * ones must answer 401/403/404 with a reason and leave every stored row as it was.
 */

let payload: Payload
let world: World
let smtp: SmtpSink
/** An event a probe tries to move a registration to. */
let probeEvent: number
const credentials = {} as Record<Actor, { token?: string; headers?: Record<string, string> }>
const tally = { tried: 0, refused: 0 }

const table = permissions as Record<string, CollectionRules>
const internal = (slug: string) => slug.startsWith('payload-')
const contentSlugs = Object.keys(table).filter((slug) => !internal(slug))

beforeAll(async () => {
  payload = await bootPayload()
  smtp = await startSmtpSink()
  const make = async (name: string) =>
    (
      await payload.create({
        collection: 'clusters',
        locale: 'fi',
        data: { name, displayOrder: 1 } as never,
      })
    ).id
  world = {
    payload,
    ownCluster: await make('Oma klusteri'),
    otherCluster: await make('Toinen klusteri'),
    userIds: {},
  }
  for (const role of ['translator', 'clusterEditor', 'editor', 'admin'] as const) {
    const user = await createUser(payload, role)
    if (role === 'clusterEditor') {
      await payload.update({
        collection: 'users',
        id: user.id,
        data: { clusters: [world.ownCluster] },
      })
    }
    world.userIds[role] = user.id
    credentials[role] = { token: await login(user.email, testPassword) }
  }
  probeEvent = await makeTarget.events!(world, any, 'admin')
  const { key } = await createPartner(payload, credentials.admin.token!)
  credentials.partner = { headers: keyHeader(key) }
  credentials.anonymous = {}
})

afterAll(async () => {
  console.log(
    `Permission matrix: ${tally.tried} cells tried, ${tally.refused} refused, every refusal left the stored rows unchanged.`,
  )
  await smtp?.close()
  await payload?.destroy()
})

// ---------------------------------------------------------------------------------------------
// What the table says

/** Whether a reach covers this document, in this language, for this operation. */
function covers(reach: Reach | undefined, target: Variant, locale: string, operation: string) {
  switch (reach) {
    case undefined:
      return false
    case 'all':
      return true
    case 'published':
      return target.published
    case 'ownClusters':
      return target.own
    case 'translations':
      return operation === 'read' || operation === 'readVersions' || locale !== 'fi'
    case 'self':
      return target.self
  }
}

const may = (grants: Grants | undefined, actor: Actor, target: Variant, locale = 'fi', op = '') =>
  covers(grants?.[actor], target, locale, op)

function variantsOf(slug: string): { label: string; variant: Variant }[] {
  const v = (label: string, own: boolean, published = true, self = false) => ({
    label,
    variant: { own, published, self },
  })
  if (table[slug]!.publishAllLocales) {
    return [
      v('own cluster, published', true),
      v('own cluster, draft', true, false),
      v('other cluster, published', false),
      v('other cluster, draft', false, false),
    ]
  }
  if (slug === 'users') return [v('own account', true, true, true), v('another account', true)]
  if (table[slug]!.owner) return [v('own row', true, true, true), v('another’s row', true)]
  if (table[slug]!.clusters) return [v('own cluster', true), v('other cluster', false)]
  return [v('any', true)]
}

const localesOf = (slug: string) =>
  payload.collections[slug as 'news']!.config.flattenedFields.some(
    (field) => 'localized' in field && field.localized,
  )
    ? ['fi', 'sv']
    : ['fi']

// ---------------------------------------------------------------------------------------------
// Trying a cell

type Judged = 'allowed' | 'refused' | 'unclear'
type Judge = (status: number, body: unknown) => Judged

/** Payload's errors carry `errors[].message`; its jobs endpoints a bare `message`. */
const reasonOf = (body: unknown): string | undefined => {
  const answer = body as { errors?: { message?: string }[]; message?: string } | null
  return answer?.errors?.[0]?.message ?? answer?.message
}

const restJudge: Judge = (status, body) =>
  status >= 200 && status < 300
    ? 'allowed'
    : [401, 403, 404].includes(status) && reasonOf(body)
      ? 'refused'
      : 'unclear'

/** Custom endpoints: a 400 for the empty input sent is an open door; 401/403/404 a closed one. */
const endpointJudge: Judge = (status, body) =>
  [401, 403, 404].includes(status) && reasonOf(body)
    ? 'refused'
    : status < 500 && ![401, 403, 404].includes(status)
      ? 'allowed'
      : 'unclear'

const graphqlJudge =
  (field: string): Judge =>
  (status, body) => {
    const result = body as { data?: Record<string, unknown> | null; errors?: unknown[] }
    if (!result.errors?.length && result.data?.[field]) return 'allowed'
    // A refusal runs and answers null; a query that fails validation never ran (400).
    const ran = status === 200 && Boolean(result.data) && field in result.data!
    return ran && result.errors?.length && !result.data?.[field] && reasonOf(result)
      ? 'refused'
      : 'unclear'
  }

const listJudge =
  (id: number): Judge =>
  (status, body) => {
    const docs = (body as { docs?: { parent?: number | { id: number } }[] }).docs
    if (status === 200 && docs) {
      const found = docs.some(
        (doc) => (typeof doc.parent === 'object' ? doc.parent.id : doc.parent) === id,
      )
      return found ? 'allowed' : 'refused'
    }
    return restJudge(status, body)
  }

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return { text }
  }
}

async function attempt(
  cell: string,
  slug: string,
  expected: boolean,
  send: () => Promise<Response>,
  judge: Judge = restJudge,
) {
  const before = await fingerprint(payload, slug)
  const response = await send()
  const text = await response.text()
  const outcome = judge(response.status, parse(text))
  tally.tried += 1
  const seen = `${cell}: ${response.status} ${text.slice(0, 800)}`
  expect(outcome, seen).toBe(expected ? 'allowed' : 'refused')
  if (!expected) {
    tally.refused += 1
    expect(await fingerprint(payload, slug), `${cell}: a refused attempt changed stored rows`).toBe(
      before,
    )
  }
}

const as = (actor: Actor) => credentials[actor]

// ---------------------------------------------------------------------------------------------
// What to send

const clusterFor = (own: boolean) => (own ? world.ownCluster : world.otherCluster)

// Titles and names make slugs, which are unique per language.
const updateBody: Record<string, () => Record<string, unknown>> = {
  news: () => ({ title: unique('Muutettu otsikko') }),
  events: () => ({ title: unique('Muutettu tapahtuma') }),
  registrations: () => ({ organisation: 'Muutettu organisaatio' }),
  clusters: () => ({ name: unique('Muutettu nimi') }),
  experts: () => ({ title: 'Muutettu titteli' }),
  contacts: () => ({ role: 'Muutettu rooli' }),
  benefits: () => ({ title: 'Muutettu hyöty' }),
  // GraphQL asks for each group with required fields.
  joinRequests: () => ({
    need: 'Muutettu tarve',
    contact: { name: 'Maija Mäkelä', email: 'maija@example.test' },
    source: { locale: 'fi' },
  }),
  media: () => ({ alt: 'Muutettu kuvaus' }),
  newsletters: () => ({ subject: 'Muutettu aihe' }),
  subscribers: () => ({ locale: 'sv' }),
  deliveries: () => ({ lastError: 'muutettu' }),
  users: () => ({ name: 'Muutettu nimi' }),
  partners: () => ({ name: 'Muutettu kumppani' }),
  'webhook-deliveries': () => ({ lastResponse: 'muutettu' }),
  erasures: () => ({ consentVersion: 'muutettu' }),
  'audit-log': () => ({ targetId: 'muutettu' }),
  'retention-runs': () => ({ ranAt: new Date().toISOString() }),
}

async function createBody(slug: string, own: boolean): Promise<unknown> {
  const email = `${unique('uusi').replace(/\W/g, '')}@example.test`
  switch (slug) {
    case 'news':
      return { title: unique('Uusi uutinen'), clusters: [clusterFor(own)], _status: 'draft' }
    case 'events':
      return {
        title: unique('Uusi tapahtuma'),
        ...eventTimes(),
        clusters: [clusterFor(own)],
        _status: 'draft',
      }
    case 'registrations':
      return {
        event: await makeTarget.events!(world, { ...any, own }, 'admin'),
        name: 'Uusi osallistuja',
        email,
        locale: 'fi',
        status: 'pending',
        clusters: [clusterFor(own)],
      }
    case 'clusters':
      return { name: unique('Uusi klusteri'), displayOrder: 100 }
    case 'experts':
      return { name: unique('Uusi asiantuntija') }
    case 'contacts':
      return { kind: 'person', name: unique('Uusi yhteyshenkilö') }
    case 'benefits':
      return {
        title: unique('Uusi hyöty'),
        cluster: clusterFor(own),
        year: 2025,
        companies: [{ name: 'Oy' }],
      }
    case 'joinRequests':
      return joinRequestData(clusterFor(own))
    case 'media': {
      const file = await pngFile()
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
      form.append('_payload', JSON.stringify({ alt: unique('Uusi kuva') }))
      return form
    }
    case 'newsletters':
      return { subject: unique('Uusi uutiskirje') }
    case 'subscribers':
      return { email, locale: 'fi', status: 'pending' }
    case 'users':
      return { email, password: testPassword, name: 'Uusi', roles: ['editor'] }
    case 'partners':
      return { name: unique('Uusi kumppani') }
    case 'erasures':
      return { kind: 'user', erasedAt: new Date().toISOString(), requestedBy: 'staff' }
    case 'audit-log':
      return { time: new Date().toISOString(), action: 'export' }
    case 'deliveries':
      return {
        kind: 'newsletter',
        newsletter: await makeTarget.newsletters!(world, any, 'admin'),
        subscriber: await makeTarget.subscribers!(world, any, 'admin'),
        email,
        locale: 'fi',
        status: 'queued',
        attempts: 0,
      }
    case 'retention-runs':
      return { ranAt: new Date().toISOString() }
    default:
      return {
        partner: await makeTarget.partners!(world, any, 'admin'),
        eventId: unique('event'),
        eventType: 'publish',
        targetCollection: 'news',
        documentId: 1,
        body: '{}',
        status: 'pending',
        attempts: 0,
      }
  }
}

/** GraphQL's input types ask for what REST fills in itself (slugs, defaults). */
const graphqlRequired = (slug: string): Record<string, unknown> =>
  ({
    clusters: { slug: unique('klusteri').replace(/\W/g, '-') },
    experts: { slug: unique('asiantuntija').replace(/\W/g, '-') },
    newsletters: { status: 'draft' },
    registrations: { status: 'pending', locale: 'fi' },
    events: { startsAt_tz: 'Europe_Helsinki', endsAt_tz: 'Europe_Helsinki', format: 'onSite' },
    joinRequests: { municipality: '_698', status: 'new' },
  })[slug] ?? {}

const target = async (slug: string, variant: Variant, actor: Actor, label: string) => ({
  id: await makeTarget[slug]!(world, variant, actor),
  label,
  ...variant,
})

// ---------------------------------------------------------------------------------------------

/**
 * Payload 3.90's own REST operations of a collection (CRUD, versions, auth, uploads): their
 * access is the collection's. A new one in a Payload release shows up here to be looked at.
 */
const payloadOperations = [
  'get /',
  'get /:id',
  'post /',
  'patch /',
  'patch /:id',
  'delete /',
  'delete /:id',
  'get /count',
  'get /versions',
  'get /versions/:id',
  'post /versions/:id',
  'post /:id/duplicate',
  'get /access/:id?',
  'post /access/:id?',
  'get /init',
  'post /login',
  'post /logout',
  'get /me',
  'post /refresh-token',
  'post /first-register',
  'post /forgot-password',
  'post /reset-password',
  'post /unlock',
  'post /verify/:id',
  'get /file/:filename',
  // Off: media has no `pasteURL`, so it answers 400 (it would fetch a URL server-side).
  'get /paste-url/:id?',
]

/** Payload's own root operations: each user's permissions, and the admin's link-preview image. */
const payloadRootOperations = ['get /access', 'get /og']

describe('the permission table', () => {
  it.each(Object.entries(generatedSections))(
    'is what %s says (npm run docs:permissions rewrites it)',
    async (file, render) => {
      const text = await readFile(file, 'utf8')
      const options = { ...(await resolveConfig(file)), filepath: file }
      expect(text).toBe(await format(withSection(text, render(), file), options))
    },
  )

  it('names every collection and endpoint of the app, and nothing that is not there', () => {
    const configured = payload.config.collections.map((collection) => collection.slug).sort()
    expect(Object.keys(table).sort()).toEqual(configured)
    const door = (e: { method: string; path: string }) => `${e.method.toLowerCase()} ${e.path}`
    for (const collection of payload.config.collections) {
      const endpoints = Array.isArray(collection.endpoints) ? collection.endpoints : []
      const guarded = endpoints.filter((endpoint) => endpoint.custom?.[permissionMark])
      const listed = Object.values(table[collection.slug]!.endpoints ?? {}).map(door)
      expect(guarded.map(door).sort(), collection.slug).toEqual(listed.sort())
      for (const endpoint of endpoints.filter((e) => !e.custom?.[permissionMark])) {
        const seen = `${collection.slug}: ${door(endpoint)} is neither in the table nor Payload's own`
        expect(payloadOperations, seen).toContain(door(endpoint))
      }
    }
    const root = payload.config.endpoints
    const guardedRoot = root.filter((endpoint) => endpoint.custom?.[permissionMark])
    expect(guardedRoot.map(door).sort()).toEqual(Object.values(rootEndpoints).map(door).sort())
    for (const endpoint of root.filter((e) => !e.custom?.[permissionMark])) {
      expect(
        payloadRootOperations,
        `${door(endpoint)} is neither in the table nor Payload's own`,
      ).toContain(door(endpoint))
    }
    for (const name of allEndpointNames()) {
      expect(endpointCalls[name], `the matrix has no call for endpoint ${name}`).toBeDefined()
    }
  })
})

describe.each(contentSlugs)('%s over REST', (slug) => {
  const rules = table[slug]!

  it.each([...actors])('read, update and delete as %s', async (actor) => {
    for (const { label, variant } of variantsOf(slug)) {
      const read = await target(slug, variant, actor, label)
      await attempt(
        `${actor} reads ${slug} (${label})`,
        slug,
        may(rules.read, actor, read, 'fi', 'read'),
        () => rest(`${slug}/${read.id}?locale=fi&depth=0`, as(actor)),
      )
      for (const locale of localesOf(slug)) {
        const updated = await target(slug, variant, actor, label)
        await attempt(
          `${actor} updates ${slug} in ${locale} (${label})`,
          slug,
          may(rules.read, actor, updated, locale, 'read') &&
            may(rules.update, actor, updated, locale, 'update'),
          () =>
            rest(`${slug}/${updated.id}?locale=${locale}&depth=0`, {
              ...as(actor),
              method: 'PATCH',
              body: updateBody[slug]!(),
            }),
        )
      }
      if (slug === 'users' && variant.self) continue // an account deleting itself ends the run
      const deleted = await target(slug, variant, actor, label)
      await attempt(
        `${actor} deletes ${slug} (${label})`,
        slug,
        may(rules.read, actor, deleted, 'fi', 'read') &&
          may(rules.delete, actor, deleted, 'fi', 'delete'),
        () => rest(`${slug}/${deleted.id}`, { ...as(actor), method: 'DELETE' }),
      )
    }
  })

  it.each([...actors])('create as %s', async (actor) => {
    const ownership = rules.clusters && 'field' in rules.clusters ? [true, false] : [true]
    for (const own of ownership) {
      const variant = { own, published: true, self: false }
      await attempt(
        `${actor} creates ${slug} (${own ? 'own' : 'other'} cluster)`,
        slug,
        may(rules.create, actor, variant, 'fi', 'create'),
        async () =>
          rest(`${slug}?locale=fi&depth=0`, {
            ...as(actor),
            method: 'POST',
            body: await createBody(slug, own),
          }),
      )
    }
  })
})

describe.each(contentSlugs)('%s over GraphQL', (slug) => {
  const rules = table[slug]!

  // Payload's GraphQL names, as @payloadcms/graphql makes them from the slug.
  const names = () => {
    const type = formatNames(slug).singular
    return {
      type,
      createInput: `mutation${type}Input!`,
      updateInput: `mutation${type}UpdateInput!`,
    }
  }

  const ask = (actor: Actor, query: string, variables: Record<string, unknown> = {}) =>
    graphql(query, { token: as(actor).token, headers: as(actor).headers, variables })

  beforeAll(async () => {
    await graphql('{ __typename }')
  })

  it.each([...actors])('mutations and a query as %s', async (actor) => {
    const { type, createInput, updateInput } = names()
    for (const { label, variant } of variantsOf(slug)) {
      const read = await target(slug, variant, actor, label)
      await attempt(
        `${actor} queries ${slug} (${label})`,
        slug,
        may(rules.read, actor, read, 'fi', 'read'),
        () => ask(actor, `query { ${type}(id: ${read.id}, locale: fi) { id } }`),
        graphqlJudge(type),
      )
      for (const locale of localesOf(slug)) {
        const updated = await target(slug, variant, actor, label)
        await attempt(
          `${actor} updates ${slug} in ${locale} over GraphQL (${label})`,
          slug,
          may(rules.read, actor, updated, locale, 'read') &&
            may(rules.update, actor, updated, locale, 'update'),
          () =>
            ask(
              actor,
              `mutation ($data: ${updateInput}) { update${type}(id: ${updated.id}, locale: ${locale}, data: $data) { id } }`,
              { data: updateBody[slug]!() },
            ),
          graphqlJudge(`update${type}`),
        )
      }
      if (slug === 'users' && variant.self) continue
      const deleted = await target(slug, variant, actor, label)
      await attempt(
        `${actor} deletes ${slug} over GraphQL (${label})`,
        slug,
        may(rules.read, actor, deleted, 'fi', 'read') &&
          may(rules.delete, actor, deleted, 'fi', 'delete'),
        () => ask(actor, `mutation { delete${type}(id: ${deleted.id}) { id } }`),
        graphqlJudge(`delete${type}`),
      )
    }
    if (slug === 'media') return // a file cannot travel in a GraphQL mutation
    const own = true
    await attempt(
      `${actor} creates ${slug} over GraphQL`,
      slug,
      may(rules.create, actor, { own, published: true, self: false }, 'fi', 'create'),
      async () =>
        ask(
          actor,
          `mutation ($data: ${createInput}) { create${type}(data: $data, locale: fi) { id } }`,
          { data: { ...((await createBody(slug, own)) as object), ...graphqlRequired(slug) } },
        ),
      graphqlJudge(`create${type}`),
    )
  })
})

/** Publishing every language needs a valid text in each. */
async function inEveryLanguage(slug: 'news' | 'events', id: number, published: boolean) {
  for (const locale of ['sv', 'en'] as const) {
    await payload.update({
      collection: slug,
      id,
      locale,
      draft: !published,
      data: { title: unique(`Nyhet ${locale}`), _status: published ? 'published' : 'draft' },
    })
  }
}

async function versionsAndPublishing(slug: 'news' | 'events', actor: Actor) {
  const rules = permissions[slug]
  for (const { label, variant } of variantsOf(slug)) {
    const listed = await target(slug, variant, actor, label)
    await attempt(
      `${actor} lists versions of ${slug} (${label})`,
      slug,
      may(rules.readVersions, actor, listed, 'fi', 'readVersions'),
      () => rest(`${slug}/versions?where[parent][equals]=${listed.id}&depth=0`, as(actor)),
      listJudge(listed.id),
    )

    const restored = await target(slug, variant, actor, label)
    const { docs } = await payload.findVersions({
      collection: slug,
      where: { parent: { equals: restored.id } },
      limit: 1,
    })
    await attempt(
      `${actor} restores a version of ${slug} in sv (${label})`,
      slug,
      may(rules.restoreVersion, actor, restored) && may(rules.update, actor, restored, 'sv'),
      () => rest(`${slug}/versions/${docs[0]!.id}?locale=sv`, { ...as(actor), method: 'POST' }),
    )

    const flagged = await target(slug, variant, actor, label)
    await inEveryLanguage(slug, flagged.id, variant.published)
    const flag = variant.published ? 'unpublishAllLocales' : 'publishAllLocales'
    await attempt(
      `${actor} saves ${slug} in sv with ${flag} (${label})`,
      slug,
      may(rules.read, actor, flagged, 'sv', 'read') &&
        may(rules.publishAllLocales, actor, flagged) &&
        may(rules.update, actor, flagged, 'sv'),
      () =>
        rest(`${slug}/${flagged.id}?locale=sv&${flag}=true`, {
          ...as(actor),
          method: 'PATCH',
          body: variant.published ? {} : { _status: 'published' },
        }),
    )
  }
}

describe('versions, all-language publishing and files', () => {
  it.each([...actors])('as %s', async (actor) => {
    for (const slug of ['news', 'events'] as const) {
      await versionsAndPublishing(slug, actor)
    }

    const image = await target('media', { own: true, published: true, self: false }, actor, 'any')
    const file = await pngFile()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
    form.append('_payload', JSON.stringify({ alt: unique('Bild') }))
    const media = permissions.media
    await attempt(
      `${actor} replaces a media file`,
      'media',
      may(media.replaceFile, actor, image) && may(media.update, actor, image, 'sv'),
      () => rest(`media/${image.id}?locale=sv`, { ...as(actor), method: 'PATCH', body: form }),
    )
  })
})

describe('accounts', () => {
  it.each([...actors])('admin UI and unlocking as %s', async (actor) => {
    const access = (await (await rest('access', as(actor))).json()) as { canAccessAdmin?: boolean }
    const grants = actor === 'partner' ? permissions.partners.admin : permissions.users.admin
    tally.tried += 1
    expect(Boolean(access.canAccessAdmin), `${actor} opens the admin UI`).toBe(
      may(grants, actor, { own: true, published: true, self: true }),
    )
    const other = await createUser(payload, 'editor')
    await attempt(
      `${actor} unlocks an account`,
      'users',
      may(permissions.users.unlock, actor, { own: true, published: true, self: false }),
      () => rest('users/unlock', { ...as(actor), method: 'POST', body: { email: other.email } }),
    )
  })
})

// ---------------------------------------------------------------------------------------------
// Fields whose rule differs from their document's

type Probe = { value: unknown; stored: (doc: Record<string, unknown>) => boolean }
const at = new Date('2030-01-01T00:00:00.000Z').toISOString()
const sameDate = (value: unknown) =>
  typeof value === 'string' && new Date(value).toISOString() === at

const fieldProbes: Record<string, Probe> = {
  'joinRequests.consent': {
    value: { text: 'Väärennetty suostumus', version: '9', givenAt: at },
    stored: (doc) =>
      (doc.consent as { text?: string } | undefined)?.text === 'Väärennetty suostumus',
  },
  'joinRequests.history': {
    value: [{ from: 'new', to: 'joined', at }],
    stored: (doc) => (doc.history as unknown[] | undefined)?.length === 1,
  },
  'joinRequests.joinedAt': { value: at, stored: (doc) => sameDate(doc.joinedAt) },
  'registrations.event': {
    value: () => probeEvent,
    stored: (doc) => doc.event === probeEvent,
  },
  'registrations.clusters': {
    value: () => [world.otherCluster],
    stored: (doc) => ((doc.clusters ?? []) as number[]).includes(world.otherCluster),
  },
  'registrations.consent': {
    value: { text: 'Väärennetty suostumus' },
    stored: (doc) =>
      (doc.consent as { text?: string } | undefined)?.text === 'Väärennetty suostumus',
  },
  'registrations.seatDecidedAt': { value: at, stored: (doc) => sameDate(doc.seatDecidedAt) },
  'registrations.cancellationNotifiedAt': {
    value: at,
    stored: (doc) => sameDate(doc.cancellationNotifiedAt),
  },
  'events.cancelled': { value: true, stored: (doc) => doc.cancelled === true },
  'newsletters.status': { value: 'sent', stored: (doc) => doc.status === 'sent' },
  'newsletters.audienceFrozenAt': { value: at, stored: (doc) => sameDate(doc.audienceFrozenAt) },
  'newsletters.sentAt': { value: at, stored: (doc) => sameDate(doc.sentAt) },
  'users.roles': { value: ['admin'], stored: (doc) => (doc.roles as string[]).includes('admin') },
  'users.clusters': {
    value: () => [world.otherCluster],
    stored: (doc) => ((doc.clusters ?? []) as number[]).includes(world.otherCluster),
  },
  'partners.webhookSecret': { value: 'forged', stored: (doc) => doc.webhookSecret === 'forged' },
  'partners.keyPrefix': { value: 'forged', stored: (doc) => doc.keyPrefix === 'forged' },
  'partners.keyIssuedAt': { value: at, stored: (doc) => sameDate(doc.keyIssuedAt) },
  'partners.lastUsedAt': { value: at, stored: (doc) => sameDate(doc.lastUsedAt) },
  'partners.requestCount': { value: 999_999, stored: (doc) => doc.requestCount === 999_999 },
  'partners.apiKeyHash': { value: 'forged', stored: (doc) => doc.apiKeyHash === 'forged' },
  'partners.previousKeyHash': {
    value: 'forged',
    stored: (doc) => doc.previousKeyHash === 'forged',
  },
  'partners.previousKeyExpiresAt': {
    value: at,
    stored: (doc) => sameDate(doc.previousKeyExpiresAt),
  },
}

const fieldCells = contentSlugs.flatMap((slug) =>
  Object.keys(table[slug]!.fields ?? {}).map((field) => [slug, field] as const),
)

describe.each(fieldCells)('%s.%s', (slug, field) => {
  const rules = table[slug]!
  const rule = rules.fields![field]!
  const value = (probe: Probe) => (typeof probe.value === 'function' ? probe.value() : probe.value)
  const storedDoc = async (id: number) =>
    (await payload.findByID({
      collection: slug as 'news',
      id,
      depth: 0,
      showHiddenFields: true,
    })) as unknown as Record<string, unknown>

  it.each([...actors])('written on update and create as %s', async (actor) => {
    const probe = fieldProbes[`${slug}.${field}`]
    expect(probe, `no probe for ${slug}.${field}`).toBeDefined()
    const variant = { own: true, published: true, self: false }
    if (may(rules.update, actor, variant, 'fi', 'update')) {
      const doc = await target(slug, variant, actor, 'own')
      const response = await rest(`${slug}/${doc.id}?locale=fi`, {
        ...as(actor),
        method: 'PATCH',
        body: { [field]: value(probe!) },
      })
      tally.tried += 1
      expect(response.status, `${actor} updates ${slug}.${field}`).toBeLessThan(500)
      expect(
        probe!.stored(await storedDoc(doc.id)),
        `${actor} writes ${slug}.${field} on update`,
      ).toBe(may(rule.update ?? rules.update, actor, variant))
    }
    if (may(rules.create, actor, variant, 'fi', 'create')) {
      const body = { ...((await createBody(slug, true)) as object), [field]: value(probe!) }
      const response = await rest(`${slug}?locale=fi`, { ...as(actor), method: 'POST', body })
      tally.tried += 1
      const { doc } = (await response.json()) as { doc?: { id: number } }
      expect(doc, `${actor} creates ${slug} with ${field}: ${response.status}`).toBeDefined()
      expect(
        probe!.stored(await storedDoc(doc!.id)),
        `${actor} writes ${slug}.${field} on create`,
      ).toBe(may(rule.create ?? rules.create, actor, variant))
    }
  })
})

// ---------------------------------------------------------------------------------------------
// Custom endpoints

type Call = { slug: string; path: string; method?: 'GET' | 'POST' | 'DELETE'; body?: unknown }

const draftNews = (actor: Actor) =>
  makeTarget.news!(world, { own: true, published: false, self: false }, actor)

/** One call per endpoint; a door that serves several files gets one call for each. */
const endpointCalls: Record<string, (actor: Actor) => Promise<Call | Call[]>> = {
  'news.startTranslation': async (actor) => ({
    slug: 'news',
    path: `news/${await draftNews(actor)}/start-translation`,
    method: 'POST',
    body: { locale: 'sv' },
  }),
  'clusters.impact': async () => {
    const cluster = await payload.findByID({ collection: 'clusters', id: world.ownCluster })
    return { slug: 'clusters', path: `clusters/${cluster.slug}/impact?locale=fi` }
  },
  'newsletters.preview': async (actor) => ({
    slug: 'newsletters',
    path: `newsletters/${await makeTarget.newsletters!(world, any, actor)}/preview?locale=fi`,
  }),
  'events.register': async () => ({
    slug: 'registrations',
    path: `events/${await makeTarget.events!(world, any, 'admin')}/register`,
    method: 'POST',
    body: {},
  }),
  'events.attendeesCsv': async () => ({
    slug: 'registrations',
    path: `events/${await makeTarget.events!(world, any, 'admin')}/attendees.csv`,
  }),
  'events.messageAttendees': async () => ({
    slug: 'registrations',
    path: `events/${await makeTarget.events!(world, any, 'admin')}/message`,
    method: 'POST',
    body: {},
  }),
  'newsletters.progress': async (actor) => ({
    slug: 'newsletters',
    path: `newsletters/${await makeTarget.newsletters!(world, any, actor)}/progress`,
  }),
  'newsletters.send': async (actor) => ({
    slug: 'newsletters',
    path: `newsletters/${await makeTarget.newsletters!(world, any, actor)}/send`,
    method: 'POST',
    body: { test: true },
  }),
  'partners.rotateKey': async (actor) => ({
    slug: 'partners',
    path: `partners/${await makeTarget.partners!(world, any, actor)}/rotate-key`,
    method: 'POST',
    body: {},
  }),
  'partners.revokeKey': async (actor) => ({
    slug: 'partners',
    path: `partners/${await makeTarget.partners!(world, any, actor)}/revoke-key`,
    method: 'POST',
    body: {},
  }),
  'webhook-deliveries.resend': async (actor) => ({
    slug: 'webhook-deliveries',
    path: `webhook-deliveries/${await makeTarget['webhook-deliveries']!(world, any, actor)}/resend`,
    method: 'POST',
  }),
  'audit-log.export': async () => ({ slug: 'audit-log', path: 'audit-log/export.csv' }),
  'payload-preferences.readPreference': async () => preferenceCall('GET'),
  'payload-preferences.savePreference': async () => ({
    ...preferenceCall('POST'),
    body: { value: { columns: [] } },
  }),
  'payload-preferences.deletePreference': async () => preferenceCall('DELETE'),
  // A queue nobody uses: an allowed call runs nothing.
  'payload-jobs.run': async () => ({ slug: 'payload-jobs', path: 'payload-jobs/run?queue=matrix' }),
  'payload-jobs.handleSchedules': async () => ({
    slug: 'payload-jobs',
    path: 'payload-jobs/handle-schedules?queue=matrix',
  }),
  subscribe: async () => ({
    slug: 'subscribers',
    path: 'newsletter/subscribe',
    method: 'POST',
    body: { email: 'not an address' },
  }),
  confirmPage: async () => ({ slug: 'subscribers', path: 'newsletter/confirm?token=x' }),
  confirm: async () => ({
    slug: 'subscribers',
    path: 'newsletter/confirm?token=x',
    method: 'POST',
  }),
  unsubscribePage: async () => ({ slug: 'subscribers', path: 'newsletter/unsubscribe?token=x' }),
  unsubscribe: async () => ({
    slug: 'subscribers',
    path: 'newsletter/unsubscribe?token=x',
    method: 'POST',
  }),
  managePage: async () => ({ slug: 'subscribers', path: 'newsletter/manage?token=x' }),
  manage: async () => ({ slug: 'subscribers', path: 'newsletter/manage?token=x', method: 'POST' }),
  registrationConfirmPage: async () => ({
    slug: 'registrations',
    path: 'event-registration/confirm?token=x',
  }),
  registrationConfirm: async () => ({
    slug: 'registrations',
    path: 'event-registration/confirm?token=x',
    method: 'POST',
  }),
  registrationCancelPage: async () => ({
    slug: 'registrations',
    path: 'event-registration/cancel?token=x',
  }),
  registrationCancel: async () => ({
    slug: 'registrations',
    path: 'event-registration/cancel?token=x',
    method: 'POST',
  }),
  myData: async () => ({ slug: 'subscribers', path: 'newsletter/my-data?token=x' }),
  erasePage: async () => ({ slug: 'subscribers', path: 'newsletter/erase?token=x' }),
  erase: async () => ({ slug: 'subscribers', path: 'newsletter/erase?token=x', method: 'POST' }),
  registrationMyData: async () => ({
    slug: 'registrations',
    path: 'event-registration/my-data?token=x',
  }),
  registrationErasePage: async () => ({
    slug: 'registrations',
    path: 'event-registration/erase?token=x',
  }),
  registrationErase: async () => ({
    slug: 'registrations',
    path: 'event-registration/erase?token=x',
    method: 'POST',
  }),
  // An address nobody has: an allowed call finds or erases nothing.
  privacyExport: async () => ({
    slug: 'erasures',
    path: 'privacy/export?email=ei-ketaan@example.test',
  }),
  privacyErase: async () => ({
    slug: 'erasures',
    path: 'privacy/erase',
    method: 'POST',
    body: { email: 'ei-ketaan@example.test' },
  }),
  feeds: async () => [
    { slug: 'news', path: 'feeds/fi/news.rss' },
    { slug: 'events', path: 'feeds/fi/events.ics' },
    { slug: 'events', path: 'feeds/fi/events.json' },
  ],
  search: async () => ({ slug: 'news', path: 'search?q=uutinen&locale=fi' }),
  match: async () => ({ slug: 'clusters', path: 'match?q=matkailu&locale=fi' }),
  openApi: async () => ({ slug: 'news', path: 'openapi.json' }),
  join: async () => ({ slug: 'joinRequests', path: 'join', method: 'POST', body: {} }),
  joinRequestsReport: async () => ({ slug: 'joinRequests', path: 'reports/join-requests.csv' }),
  subscribersReport: async () => ({
    slug: 'subscribers',
    path: 'reports/subscribers-per-cluster.csv',
  }),
  seoTitle: async () => seoCall('generate-title'),
  seoDescription: async () => seoCall('generate-description'),
  seoUrl: async () => seoCall('generate-url'),
  seoImage: async () => seoCall('generate-image'),
}

const any: Variant = { own: true, published: true, self: false }
const preferenceCall = (method: Call['method']): Call => ({
  slug: 'payload-preferences',
  path: 'payload-preferences/matrix-columns',
  method,
})
const seoCall = (action: string): Call => ({
  slug: 'news',
  path: `plugin-seo/${action}`,
  method: 'POST',
  body: { doc: { title: { value: 'Otsikko' } }, collectionSlug: 'news', locale: 'fi' },
})

function allEndpointNames(): string[] {
  const ofCollections = Object.entries(table).flatMap(([slug, rules]) =>
    Object.keys(rules.endpoints ?? {}).map((name) => `${slug}.${name}`),
  )
  return [...ofCollections, ...Object.keys(rootEndpoints)]
}

const ruleOf = (name: string): EndpointRule => {
  const [slug, endpoint] = name.includes('.') ? name.split('.') : [undefined, name]
  return slug
    ? table[slug]!.endpoints![endpoint!]!
    : rootEndpoints[endpoint as keyof typeof rootEndpoints]
}

describe.each(allEndpointNames())('endpoint %s', (name) => {
  it.each([...actors])('as %s', async (actor) => {
    const rule = ruleOf(name)
    for (const call of [await endpointCalls[name]!(actor)].flat()) {
      expect(call.method ?? 'GET').toBe(rule.method.toUpperCase())
      const sent = smtp.messages.length
      // Calls are made on documents of the caller's own clusters, in Swedish where it matters.
      const allowed = rule.who[actor] !== undefined
      await attempt(
        `${actor} calls ${rule.method.toUpperCase()} ${call.path}`,
        call.slug,
        allowed,
        () => rest(call.path, { ...as(actor), method: call.method ?? 'GET', body: call.body }),
        endpointJudge,
      )
      if (!allowed) expect(smtp.messages.length, `${name} sent mail for ${actor}`).toBe(sent)
    }
  })
})
