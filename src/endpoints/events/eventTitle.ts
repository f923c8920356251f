import type { PayloadRequest } from 'payload'

import type { Registration } from '@/payload-types'

/** The title of a registration's event, in the registrant's language. */
export const eventTitle = async (req: PayloadRequest, registration: Registration) => {
  const id = typeof registration.event === 'object' ? registration.event.id : registration.event
  const event = await req.payload.findByID({
    collection: 'events',
    id,
    locale: registration.locale,
    depth: 0,
    overrideAccess: true,
  })
  return event.title
}
