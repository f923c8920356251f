import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins reach every user; anyone else signed in reaches only their own account. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
