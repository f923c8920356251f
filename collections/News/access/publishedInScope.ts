import type { Access } from 'payload'

import { partnerOf, scopeClusterIds } from '@/partners/scope'

/** Staff see drafts; readers see published items, and a partner only those of its clusters. */
export const publishedInScope: Access = ({ req: { user } }) => {
  if (user?.collection === 'users') return true
  const published = { _status: { equals: 'published' } }
  const partner = partnerOf(user)
  const clusters = partner ? scopeClusterIds(partner) : []
  return clusters.length ? { and: [published, { clusters: { in: clusters } }] } : published
}
