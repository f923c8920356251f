import type { PayloadRequest } from 'payload'

/**
 * admin: everything. editor: all content and the newsletter. clusterEditor: content of their
 * own clusters. translator: the Swedish and English of all content, never the Finnish source.
 * What each may do, exactly: src/access/permissions.ts.
 */
export const roles = ['admin', 'editor', 'clusterEditor', 'translator'] as const
export type Role = (typeof roles)[number]

type AnyUser = PayloadRequest['user'] | undefined

/** The clusters a cluster editor answers for. */
export const ownClusters = (user: AnyUser): number[] =>
  user?.collection === 'users'
    ? (user.clusters ?? []).map((cluster) => (typeof cluster === 'object' ? cluster.id : cluster))
    : []
