import type { Payload } from 'payload'

import { leaveEvent } from '@/events/seats'
import type { Registration } from '@/payload-types'

import { deleteJobsNaming, writeTombstone } from './tombstones'

/**
 * Erases a registration (GDPR Art. 17) the way a cancellation leaves: under the event's lock,
 * a seat it held going to the next in line. The row, its deliveries (reminders, messages:
 * collections/Registrations/hooks/deleteDeliveries.ts) and the jobs naming it go, the
 * tombstone stays, in one transaction. False if it was erased already.
 */
export async function eraseRegistration(
  payload: Payload,
  found: Registration,
  requestedBy: 'self' | 'staff',
): Promise<boolean> {
  return leaveEvent(payload, found, async (req, registration) => {
    if (!registration) return { left: false, result: false }
    await deleteJobsNaming(req, 'registrationId', registration.id)
    await payload.delete({
      collection: 'registrations',
      id: registration.id,
      req,
      overrideAccess: true,
    })
    await writeTombstone(req, {
      kind: 'registrant',
      formerId: registration.id,
      email: registration.email,
      consentGivenAt: registration.consent?.givenAt,
      consentConfirmedAt: registration.consent?.confirmedAt,
      consentVersion: registration.consent?.version,
      requestedBy,
      linkHash: registration.tokenHash,
    })
    return { left: true, result: true }
  })
}
