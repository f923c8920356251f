import type { PayloadRequest } from 'payload'

/**
 * admin: everything. editor: all content and the newsletter. clusterEditor: content of their
 * own clusters. translator: the Swedish and English of all content, never the Finnish source.
 */
export const roles = ['admin', 'editor', 'clusterEditor', 'translator'] as const
export type Role = (typeof roles)[number]

type AnyUser = PayloadRequest['user'] | undefined

export const hasRole = (user: AnyUser, role: Role): boolean =>
  user?.collection === 'users' && Boolean(user.roles?.includes(role))

export const hasAnyRole = (user: AnyUser, ...wanted: Role[]): boolean =>
  wanted.some((role) => hasRole(user, role))

/** The clusters a cluster editor answers for. */
export const ownClusters = (user: AnyUser): number[] =>
  user?.collection === 'users'
    ? (user.clusters ?? []).map((cluster) => (typeof cluster === 'object' ? cluster.id : cluster))
    : []
