import type { PayloadRequest } from 'payload'

import type { EventLane } from './audience'

/** The job that sends one event lane (src/jobs/sendEventMail.ts). */
export const eventMailTask = 'sendEventMail'

/** Queues the sending of each lane given new rows, in the transaction that made them. */
export async function queueLanes(req: PayloadRequest, lanes: EventLane[]): Promise<void> {
  for (const { event, kind } of lanes) {
    await req.payload.jobs.queue({ task: eventMailTask, input: { eventId: event, kind }, req })
  }
}
