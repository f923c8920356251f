import type { CollectionBeforeChangeHook } from 'payload'

import { holdsSeat, seatIsFree } from '@/events/seats'
import type { Registration } from '@/payload-types'
import { clientError } from '@/platform/problems'

const idOf = (value: Registration['event'] | undefined) =>
  typeof value === 'object' ? value?.id : value

/**
 * A registration given a seat by a save (staff confirming, taking one off the waiting list or
 * checking one in) gets it only if one is free, decided under the event's lock as the
 * registrant's own confirmation is: two saves racing for the last seat cannot both have it.
 */
export const guardSeats: CollectionBeforeChangeHook<Registration> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const before = operation === 'update' ? originalDoc?.status : undefined
  if (!holdsSeat(data.status ?? before) || holdsSeat(before)) return data
  const event = idOf(data.event ?? originalDoc?.event)
  if (event !== undefined && !(await seatIsFree(req, event))) {
    throw clientError(req.headers, 'api.seats.full', {}, 409)
  }
  return data
}
