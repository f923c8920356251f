import type { Access } from 'payload'

import { isEditor } from '@/access/content'
import { hasRole, ownClusters } from '@/access/roles'

/**
 * Join requests hold a company's and a person's contact details: editors reach all of them, a
 * cluster editor those naming one of their clusters, nobody else any (translators neither).
 */
export const inOwnClustersOnly: Access = (args) => {
  if (isEditor(args)) return true
  if (!hasRole(args.req.user, 'clusterEditor')) return false
  return { clusters: { in: ownClusters(args.req.user) } }
}
