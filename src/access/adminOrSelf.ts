import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins reach every user; any other newsroom user reaches only their own account. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (user?.collection !== 'users') return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
