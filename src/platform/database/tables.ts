import type { CollectionSlug, Payload } from 'payload'
import pg from 'pg'

import { databaseAdapter } from './pool'

// The adapter keys its tables by the slug in snake case: `joinRequests` → `join_requests`.
const snakeCase = (slug: string) =>
  slug
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toLowerCase()

export type CollectionTables = {
  main: string
  /** Localized fields, a row per language. */
  locales: string
  /** Relationship fields. */
  rels: string
  /** Drafts and versions, and their localized fields (collections with versions only). */
  versions: string
  versionLocales: string
}

/**
 * The names of the tables Payload made for a collection, from the adapter's own map and
 * suffixes rather than typed by hand: a `dbName` or another suffix setting changes them.
 */
export function tablesOf(payload: Payload, slug: CollectionSlug): CollectionTables {
  const adapter = databaseAdapter(payload)
  const key = snakeCase(slug)
  const main = adapter.tableNameMap.get(key)
  if (!main) throw new Error(`Payload has no table for the collection "${slug}"`)
  const versions =
    adapter.tableNameMap.get(`_${key}${adapter.versionsSuffix}`) ??
    `_${main}${adapter.versionsSuffix}`
  return {
    main,
    locales: `${main}${adapter.localesSuffix}`,
    rels: `${main}${adapter.relationshipsSuffix}`,
    versions,
    versionLocales: `${versions}${adapter.localesSuffix}`,
  }
}

/** The same names quoted, to be written into SQL text for the pool. */
export function quotedTablesOf(payload: Payload, slug: CollectionSlug): CollectionTables {
  const tables = tablesOf(payload, slug)
  return Object.fromEntries(
    Object.entries(tables).map(([part, name]) => [part, pg.escapeIdentifier(name)]),
  ) as CollectionTables
}
