import type { Access, Payload } from 'payload'

import { mayAtAll } from './enforce'
import { permissions } from './permissions'

/**
 * Payload adds its document locks and admin preferences after plugins run, with access for
 * any signed-in user: a partner's API key would read who is editing which draft. The table's
 * grant comes first, Payload's own rule (each user their own preferences) after it.
 */
const internalSlugs = ['payload-locked-documents', 'payload-preferences'] as const

export function keepInternalCollectionsToStaff(payload: Payload): void {
  for (const slug of internalSlugs) {
    const access = payload.collections[slug]?.config.access as Record<string, Access> | undefined
    if (!access) continue
    for (const operation of ['read', 'create', 'update', 'delete'] as const) {
      const original = access[operation]
      const grants = permissions[slug][operation]
      access[operation] = (args) =>
        mayAtAll(args.req, grants) ? (original?.(args) ?? true) : false
    }
  }
}
