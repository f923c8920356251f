import type { PayloadRequest } from 'payload'

/**
 * Signed in as a newsroom user. Partners authenticate too (with API keys) but are readers:
 * a boolean, so it also serves where Payload takes no query (admin panel access).
 */
export const isStaff = ({ req: { user } }: { req: PayloadRequest }): boolean =>
  user?.collection === 'users'
