import type { PayloadRequest } from 'payload'

import { hasRole } from './roles'

/** A boolean, so it also serves where Payload takes no query (`unlock`, field access). */
export const isAdmin = ({ req: { user } }: { req: PayloadRequest }): boolean =>
  hasRole(user, 'admin')
