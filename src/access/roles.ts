import type { User } from '@/payload-types'

export const roles = ['admin', 'editor'] as const
export type Role = (typeof roles)[number]

export const hasRole = (user: Pick<User, 'roles'> | null | undefined, role: Role): boolean =>
  Boolean(user?.roles?.includes(role))
