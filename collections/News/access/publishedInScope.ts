import type { Access, Where } from 'payload'

import { isEditor } from '@/access/content'
import { hasRole, ownClusters } from '@/access/roles'
import { partnerOf, scopeClusterIds } from '@/partners/scope'

/**
 * Staff see drafts (a cluster editor only of their own clusters); readers see items published
 * in the language asked for, and a partner only those of its clusters.
 */
export const publishedInScope: Access = (args) => {
  const { user } = args.req
  if (user?.collection === 'users') {
    const limited =
      hasRole(user, 'clusterEditor') && !isEditor(args) && !hasRole(user, 'translator')
    return limited ? { clusters: { in: ownClusters(user) } } : true
  }
  const published: Where = { _status: { equals: 'published' } }
  const partner = partnerOf(user)
  const clusters = partner ? scopeClusterIds(partner) : []
  return clusters.length ? { and: [published, { clusters: { in: clusters } }] } : published
}
