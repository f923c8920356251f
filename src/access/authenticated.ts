import type { PayloadRequest } from 'payload'

/** A boolean, so it also serves where Payload takes no query (admin panel access). */
export const authenticated = ({ req: { user } }: { req: PayloadRequest }): boolean => Boolean(user)
