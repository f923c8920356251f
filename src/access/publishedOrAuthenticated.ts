import type { Access } from 'payload'

/** Staff see drafts; everyone else sees published documents only. */
export const publishedOrAuthenticated: Access = ({ req: { user } }) =>
  user ? true : { _status: { equals: 'published' } }
