import type { PayloadRequest } from 'payload'

const local = { overrideAccess: true, depth: 0 } as const

/** Who still expects the event: they are told it is off. */
export const toldOfCancellation = ['pending', 'confirmed', 'waitlisted'] as const

/**
 * Tells every registrant still expecting the event that it is cancelled, each once: the
 * registrations are marked in the event save's own transaction (which holds the event's row
 * lock, src/plugins/serializeSaves.ts), and the messages are jobs sent once it commits. A later
 * save, or cancelling again after un-cancelling, finds nobody left to tell.
 */
export async function notifyCancellation(req: PayloadRequest, event: number) {
  const { docs } = await req.payload.find({
    collection: 'registrations',
    where: {
      and: [
        { event: { equals: event } },
        { status: { in: [...toldOfCancellation] } },
        { cancellationNotifiedAt: { exists: false } },
      ],
    },
    select: { status: true },
    pagination: false,
    req,
    ...local,
  })
  if (!docs.length) return
  const { errors } = await req.payload.update({
    collection: 'registrations',
    where: { id: { in: docs.map((registration) => registration.id) } },
    data: { cancellationNotifiedAt: new Date().toISOString() },
    req,
    ...local,
  })
  // A bulk update reports what failed instead of throwing: nobody may be marked and not told.
  if (errors.length) throw new Error(`Registrations not marked: ${errors[0]!.message}`)
  for (const registration of docs) {
    await req.payload.jobs.queue({
      task: 'sendRegistrationEmail',
      input: { registrationId: registration.id, kind: 'eventCancelled' },
      req,
    })
  }
}
