import type { Access, Payload } from 'payload'

import { isStaff } from './isStaff'

/**
 * Payload adds its document locks and admin preferences after plugins run, with access for
 * any signed-in user: a partner's API key would read who is editing which draft. They belong
 * to the admin UI, so only newsroom users reach them, over REST and GraphQL alike.
 */
const internalSlugs = ['payload-locked-documents', 'payload-preferences'] as const

export function keepInternalCollectionsToStaff(payload: Payload): void {
  for (const slug of internalSlugs) {
    const access = payload.collections[slug]?.config.access as Record<string, Access> | undefined
    if (!access) continue
    for (const operation of ['read', 'create', 'update', 'delete'] as const) {
      const original = access[operation]
      access[operation] = (args) => (isStaff(args) ? (original?.(args) ?? true) : false)
    }
  }
}
