import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  Config,
  Field,
  Plugin,
} from 'payload'

import {
  accessFrom,
  fieldAccessFrom,
  guardedEndpoint,
  reachesOf,
  requireGrant,
  rulesOf,
} from '@/access/enforce'
import { keepToOwnClusters } from '@/access/hooks/keepToOwnClusters'
import { translatorsChangeTranslationsOnly } from '@/access/hooks/translatorsChangeTranslationsOnly'
import { rootEndpoints, type CollectionRules } from '@/access/permissions'

/**
 * Gives every collection, field and endpoint its rule from src/access/permissions.ts, and
 * refuses to start when one is missing from the table: the next feature cannot forget it.
 */
export const permissionModel: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map(withRules),
  endpoints: (config.endpoints ?? []).map((endpoint) =>
    guardedEndpoint(endpoint, rootEndpoints, 'the API root'),
  ),
})

function withRules(collection: CollectionConfig): CollectionConfig {
  const rules = rulesOf(collection.slug)
  if (!rules)
    throw new Error(`Collection "${collection.slug}" is not in src/access/permissions.ts.`)
  const { slug } = collection
  return {
    ...collection,
    access: {
      ...collection.access,
      read: accessFrom(slug, 'read'),
      create: accessFrom(slug, 'create'),
      update: accessFrom(slug, 'update'),
      delete: accessFrom(slug, 'delete'),
      ...(collection.versions ? { readVersions: accessFrom(slug, 'readVersions') } : {}),
      ...(rules.admin ? { admin: ({ req }) => reachesOf(req, rules.admin).length > 0 } : {}),
      ...(rules.unlock ? { unlock: ({ req }) => reachesOf(req, rules.unlock).length > 0 } : {}),
    },
    fields: collection.fields.map((field) => withFieldRule(field, rules)),
    hooks: {
      ...collection.hooks,
      beforeOperation: [guardVersionFlags(rules), ...(collection.hooks?.beforeOperation ?? [])],
      beforeChange: [
        onlyTranslations(rules),
        keepToOwnClusters(rules),
        ...(collection.hooks?.beforeChange ?? []),
      ],
    },
    endpoints: Array.isArray(collection.endpoints)
      ? collection.endpoints.map((endpoint) => guardedEndpoint(endpoint, rules.endpoints, slug))
      : collection.endpoints,
  }
}

function withFieldRule(field: Field, rules: CollectionRules): Field {
  const rule = 'name' in field ? rules.fields?.[field.name] : undefined
  if (!rule || field.type === 'ui') return field
  const access = Object.fromEntries(
    Object.entries(rule).map(([operation, grants]) => [operation, fieldAccessFrom(grants)]),
  )
  return { ...field, access: { ...field.access, ...access } } as Field
}

/**
 * Payload's all-language publishing flags and version restore write every language at once,
 * while the update rule was asked for one: they need grants of their own. (Replacing a file,
 * the third such step, is guarded by the Media collection, which also knows its edits.)
 */
const guardVersionFlags =
  (rules: CollectionRules): CollectionBeforeOperationHook =>
  ({ args, operation, overrideAccess, req }) => {
    if (overrideAccess) return args
    const flags = args as { publishAllLocales?: unknown; unpublishAllLocales?: unknown }
    if (
      operation === 'update' &&
      (isSet(flags.publishAllLocales) || isSet(flags.unpublishAllLocales))
    ) {
      requireGrant(req, rules.publishAllLocales)
    }
    if (operation === 'restoreVersion') requireGrant(req, rules.restoreVersion)
    return args
  }

const isSet = (flag: unknown) => flag === true || flag === 'true'

/** Where a user's update reaches only translations, what every language shares stays put. */
const onlyTranslations =
  (rules: CollectionRules): CollectionBeforeChangeHook =>
  (args) => {
    const reaches = reachesOf(args.req, rules.update)
    const translatesOnly =
      reaches.includes('translations') && !reaches.some((r) => r !== 'translations')
    return translatesOnly ? translatorsChangeTranslationsOnly(args) : args.data
  }
