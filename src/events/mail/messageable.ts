/**
 * Whom an editor may message: never an address not yet confirmed, nor one that cancelled. Its
 * own module, free of server code, so the admin's message panel offers the same statuses.
 */
export const messageableStatuses = ['confirmed', 'attended', 'waitlisted'] as const
