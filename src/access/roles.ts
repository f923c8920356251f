import type { PayloadRequest } from 'payload'

export const roles = ['admin', 'editor'] as const
export type Role = (typeof roles)[number]

type AnyUser = PayloadRequest['user'] | undefined

export const hasRole = (user: AnyUser, role: Role): boolean =>
  user?.collection === 'users' && Boolean(user.roles?.includes(role))
