import { Forbidden, type CollectionBeforeChangeHook } from 'payload'

import { reachesOf } from '@/access/enforce'
import type { CollectionRules } from '@/access/permissions'
import { ownClusters } from '@/access/roles'

const idsIn = (value: unknown): number[] =>
  ([] as unknown[])
    .concat(value ?? [])
    .map((item) => Number(typeof item === 'object' && item ? (item as { id: unknown }).id : item))

/**
 * A cluster editor may move a document only among their own clusters: every cluster they add
 * or take away is one of theirs (another cluster's share of an item stays as it was), and the
 * document keeps at least one cluster.
 */
export const keepToOwnClusters =
  (rules: CollectionRules): CollectionBeforeChangeHook =>
  ({ data, operation, originalDoc, req }) => {
    const link = rules.clusters
    if (operation !== 'update' || !link || !('field' in link) || !(link.field in data)) return data
    const reaches = reachesOf(req, rules.update)
    if (!reaches.includes('ownClusters') || reaches.includes('all')) return data
    const own = ownClusters(req.user)
    const before = idsIn(originalDoc?.[link.field])
    const after = idsIn(data[link.field])
    const changed = [
      ...after.filter((id) => !before.includes(id)),
      ...before.filter((id) => !after.includes(id)),
    ]
    if (!after.length || changed.some((id) => !own.includes(id))) throw new Forbidden(req.t)
    return data
  }
