import { Forbidden, type CollectionBeforeChangeHook } from 'payload'

import { isEditor, withinOwnClusters } from '@/access/content'
import { hasRole } from '@/access/roles'

/** A cluster editor cannot move an item to, or share it with, a cluster not their own. */
export const keepToOwnClusters: CollectionBeforeChangeHook = ({ data, req }) => {
  const limited = hasRole(req.user, 'clusterEditor') && !isEditor({ req })
  if (limited && 'clusters' in data && !withinOwnClusters(req, data.clusters)) {
    throw new Forbidden(req.t)
  }
  return data
}
