import {
  Forbidden,
  type Access,
  type AccessArgs,
  type Endpoint,
  type FieldAccess,
  type PayloadRequest,
  type Where,
} from 'payload'

import { defaultLocale } from '@/i18n/locales'
import { partnerOf, scopeClusterIds } from '@/partners/scope'

import {
  permissions,
  type Actor,
  type ClusterLink,
  type CollectionRules,
  type EndpointRule,
  type Grants,
  type Reach,
  type ResourceSlug,
} from './permissions'
import { ownClusters } from './roles'

type AnyUser = PayloadRequest['user'] | undefined

/** The actors a request speaks as: a user with several roles holds the grants of each. */
export function actorsOf(user: AnyUser): Actor[] {
  if (!user) return ['anonymous']
  if (user.collection === 'partners') return ['partner']
  if (user.collection === 'users') return user.roles ?? []
  return []
}

/** The reaches the request's actors hold in a grant. */
export const reachesOf = (req: Pick<PayloadRequest, 'user'>, grants: Grants | undefined): Reach[] =>
  actorsOf(req.user).flatMap((actor) => grants?.[actor] ?? [])

export const rulesOf = (slug: string): CollectionRules | undefined =>
  (permissions as Record<string, CollectionRules>)[slug]

/** Whether any actor of the request holds the grant at all (documents aside). */
export const mayAtAll = (req: Pick<PayloadRequest, 'user'>, grants: Grants | undefined): boolean =>
  reachesOf(req, grants).length > 0

const translatesHere = (req: PayloadRequest) => req.locale !== defaultLocale && req.locale !== 'all'

const clusterIdsIn = (value: unknown): number[] =>
  ([] as unknown[])
    .concat(value ?? [])
    .map((item) => Number(typeof item === 'object' && item ? (item as { id: unknown }).id : item))
    .filter(Number.isInteger)

/** The documents a cluster editor reaches, as a query, or a yes/no where no query applies. */
async function ownClustersWhere(
  req: PayloadRequest,
  link: ClusterLink | undefined,
  prefix: string,
): Promise<boolean | Where> {
  const own = ownClusters(req.user)
  if (!link) return false
  if ('field' in link) return { [`${prefix}${link.field}`]: { in: own } }
  if ('self' in link) return { id: { in: own } }
  // People named by clusters not their own belong to those clusters' editors.
  const { docs } = await req.payload.find({
    collection: 'clusters',
    where: { id: { not_in: own } },
    depth: 0,
    pagination: false,
    select: { [link.namedBy]: true },
    req,
  })
  const named = docs.flatMap((cluster) =>
    clusterIdsIn((cluster as unknown as Record<string, unknown>)[link.namedBy]),
  )
  return named.length ? { id: { not_in: named } } : true
}

function publishedWhere(req: PayloadRequest, link: ClusterLink | undefined): Where {
  const published: Where = { _status: { equals: 'published' } }
  const partner = partnerOf(req.user)
  const scope = partner ? scopeClusterIds(partner) : []
  if (!scope.length || !link || !('field' in link)) return published
  return { and: [published, { [link.field]: { in: scope } }] }
}

type Operation = 'read' | 'readVersions' | 'create' | 'update' | 'delete'

async function reachResult(
  reach: Reach,
  args: AccessArgs,
  rules: CollectionRules,
  operation: Operation,
): Promise<boolean | Where> {
  const { req } = args
  switch (reach) {
    case 'all':
      return true
    case 'published':
      return publishedWhere(req, rules.clusters)
    case 'translations':
      return operation === 'read' || operation === 'readVersions' || translatesHere(req)
    case 'self':
      return req.user ? { [rules.owner ?? 'id']: { equals: req.user.id } } : false
    case 'ownClusters':
      if (operation === 'create') return createsInOwnClusters(req, rules.clusters, args.data)
      return ownClustersWhere(req, rules.clusters, operation === 'readVersions' ? 'version.' : '')
  }
}

/** A cluster editor creates only in their own clusters, and names at least one. */
function createsInOwnClusters(
  req: PayloadRequest,
  link: ClusterLink | undefined,
  data: Record<string, unknown> | undefined,
): boolean {
  if (!link || !('field' in link)) return Boolean(link)
  const own = ownClusters(req.user)
  const ids = clusterIdsIn(data?.[link.field])
  return ids.length > 0 && ids.every((id) => own.includes(id))
}

/** Several grants together: any `true` wins, queries widen each other. */
function union(results: (boolean | Where)[]): boolean | Where {
  if (results.includes(true)) return true
  const wheres = results.filter((result): result is Where => typeof result === 'object')
  if (!wheres.length) return false
  return wheres.length === 1 ? wheres[0]! : { or: wheres }
}

/** Payload's access function of one operation on one collection, from the table. */
export const accessFrom =
  (slug: ResourceSlug | string, operation: Operation): Access =>
  async (args) => {
    const rules = rulesOf(slug)
    if (!rules) return false
    const reaches = reachesOf(args.req, rules[operation])
    return union(
      await Promise.all(reaches.map((reach) => reachResult(reach, args, rules, operation))),
    )
  }

/** Field access holds no documents in Payload: whether the request's actors hold the grant. */
export const fieldAccessFrom =
  (grants: Grants): FieldAccess =>
  ({ req }) =>
    mayAtAll(req, grants)

/** The guard of an action named in the table (an endpoint, a restore, a file): 403 otherwise. */
export function requireGrant(req: PayloadRequest, grants: Grants | undefined): void {
  if (!mayAtAll(req, grants)) throw new Forbidden(req.t)
}

/** Marks an endpoint guarded by the table: the matrix test tells them from Payload's own. */
export const permissionMark = 'permission'

const ruleFor = (endpoint: Endpoint, rules: Record<string, EndpointRule> | undefined) =>
  Object.entries(rules ?? {}).find(
    ([, rule]) => rule.path === endpoint.path && rule.method === endpoint.method,
  )

/**
 * The endpoint with the table's guard before its own code, whatever that code checks; an
 * endpoint missing from the table stops the app at start, so the next one cannot be forgotten.
 */
export function guardedEndpoint(
  endpoint: Endpoint,
  rules: Record<string, EndpointRule> | undefined,
  where: string,
): Endpoint {
  const found = ruleFor(endpoint, rules)
  if (!found) {
    const door = `${endpoint.method.toUpperCase()} ${endpoint.path}`
    throw new Error(`Endpoint ${door} of ${where} is not in src/access/permissions.ts.`)
  }
  return guardWith(endpoint, found)
}

/** Payload's own collections also carry its CRUD endpoints: only those in the table are guarded. */
export const guardedIfListed = (
  endpoint: Endpoint,
  rules: Record<string, EndpointRule> | undefined,
): Endpoint => {
  const found = ruleFor(endpoint, rules)
  return found ? guardWith(endpoint, found) : endpoint
}

const guardWith = (endpoint: Endpoint, [name, rule]: [string, EndpointRule]): Endpoint => ({
  ...endpoint,
  custom: { ...endpoint.custom, [permissionMark]: name },
  handler: (req) => {
    requireGrant(req, rule.who)
    return endpoint.handler(req)
  },
})
