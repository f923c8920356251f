import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { fillFreeSeats, holdsSeat } from '@/events/seats'
import type { Registration } from '@/payload-types'

/**
 * Whoever cancels a registration that held a seat (the registrant from their link, or staff in
 * the admin), the seat goes to the next in line in the same transaction.
 */
export const passSeatOn: CollectionAfterChangeHook<Registration> = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation !== 'update' || doc.status !== 'cancelled' || !holdsSeat(previousDoc?.status)) {
    return doc
  }
  await fillFreeSeats(req, typeof doc.event === 'object' ? doc.event.id : doc.event)
  return doc
}

/** A registration with a seat deleted (by staff, or erased at the registrant's request) frees it. */
export const passSeatOnDelete: CollectionAfterDeleteHook<Registration> = async ({ doc, req }) => {
  if (doc.status === 'confirmed') {
    await fillFreeSeats(req, typeof doc.event === 'object' ? doc.event.id : doc.event)
  }
  return doc
}
