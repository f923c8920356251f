import type { CollectionAfterChangeHook } from 'payload'

import { notifyCancellation } from '@/events/cancellation'
import { fillFreeSeats } from '@/events/seats'
import type { Event } from '@/payload-types'
import { publicState } from '@/webhooks/events'

/**
 * What a saved event means for its registrants, in the save's transaction: a published event
 * called off tells them (once each); otherwise seats it now has free (more capacity) go to the
 * waiting list in order. The public row decides: a draft changes neither.
 */
export const settleRegistrations: CollectionAfterChangeHook<Event> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'update') return doc
  const state = await publicState(req, 'events', doc.id)
  if (state?.details?.status === 'cancelled') {
    if (state.locales.length) await notifyCancellation(req, doc.id)
  } else {
    await fillFreeSeats(req, doc.id)
  }
  return doc
}
