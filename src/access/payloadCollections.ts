import type { Access, Payload } from 'payload'

import { guardedIfListed, mayAtAll, rulesOf } from './enforce'

type Operation = 'read' | 'create' | 'update' | 'delete'

/**
 * Payload adds its own collections (document locks, admin preferences, jobs, migrations, its
 * key-value store) after plugins run, some with access for any signed-in user: a partner's API
 * key would read who is editing which draft. The table's grant comes first, Payload's own rule
 * (each user their own preferences) after it; one missing from the table stops the start.
 */
export function applyTableToPayloadCollections(payload: Payload): void {
  for (const [slug, collection] of Object.entries(payload.collections)) {
    if (!slug.startsWith('payload-')) continue
    const rules = rulesOf(slug)
    if (!rules) throw new Error(`Collection "${slug}" is not in src/access/permissions.ts.`)
    const { config } = collection
    const access = config.access as Record<Operation, Access>
    for (const operation of ['read', 'create', 'update', 'delete'] as const) {
      const original = access[operation]
      access[operation] = (args) =>
        mayAtAll(args.req, rules[operation]) ? (original?.(args) ?? true) : false
    }
    if (Array.isArray(config.endpoints)) {
      config.endpoints = config.endpoints.map((endpoint) =>
        guardedIfListed(endpoint, rules.endpoints),
      )
    }
  }
}
