import type { PayloadRequest } from 'payload'

import type { Registration } from '@/payload-types'

import { deliveryRecord } from './deliveryRecord'
import { pendingJobsNaming } from './tombstones'

/** The messages to the registrant: reminders, follow-ups and editors' messages, oldest first. */
async function deliveriesOf(req: PayloadRequest, registration: Registration) {
  const { docs } = await req.payload.find({
    collection: 'deliveries',
    where: { registration: { equals: registration.id } },
    pagination: false,
    sort: 'createdAt',
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((delivery) => ({
    kind: delivery.kind,
    subject: delivery.subject ?? null,
    ...deliveryRecord(delivery),
  }))
}

/** Everything stored about one registration (GDPR Art. 15): its download and in an export. */
export async function registrationRecord(req: PayloadRequest, registration: Registration) {
  const eventId =
    typeof registration.event === 'object' ? registration.event.id : registration.event
  const event = await req.payload.findByID({
    collection: 'events',
    id: eventId,
    locale: registration.locale,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { title: true, startsAt: true },
  })
  const { text, version, locale, source, givenAt, confirmedAt } = registration.consent ?? {}
  return {
    id: registration.id,
    event: { id: eventId, title: event?.title ?? null, startsAt: event?.startsAt ?? null },
    name: registration.name,
    email: registration.email,
    organisation: registration.organisation ?? null,
    locale: registration.locale,
    status: registration.status,
    answers: registration.answers ?? null,
    consent: { text, version, locale, source },
    consentGivenAt: givenAt ?? null,
    consentConfirmedAt: confirmedAt ?? null,
    seatDecidedAt: registration.seatDecidedAt ?? null,
    createdAt: registration.createdAt,
    updatedAt: registration.updatedAt,
    deliveries: await deliveriesOf(req, registration),
    pendingJobs: await pendingJobsNaming(req, 'registrationId', registration.id),
  }
}
