import { createLocalReq, type Payload, type TaskConfig } from 'payload'

import { insertDueEventMail, type EventLane } from '@/events/mail/audience'
import { queueLanes } from '@/events/mail/queueLanes'
import { inTransaction } from '@/platform/database/transaction'
import { settings } from '@/platform/settings'

export const eventMailPlanTask = 'planEventMail'

/**
 * Makes the rows of the reminders and follow-ups due at `now` and queues their sending, both
 * or neither: a worker dying between the two cannot leave rows nobody sends. Run twice (two
 * workers, a rerun), the second run finds the rows made and queues nothing.
 */
export async function planEventMail(payload: Payload, now: Date): Promise<EventLane[]> {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    const lanes = await insertDueEventMail(req, now, settings.events.reminderHours)
    await queueLanes(req, lanes)
    return lanes
  })
}

/** The planning run the workers queue (`queueEventMailPlanWhenDue`). */
export const planEventMailTask: TaskConfig<'planEventMail'> = {
  slug: eventMailPlanTask,
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 10_000 } },
  handler: async ({ req }) => {
    await planEventMail(req.payload, new Date())
    return { output: {} }
  },
}

/** Per Payload (one per process, more in tests): when to plan again. */
const nextLook = new WeakMap<Payload, number>()

/**
 * Queues the planning job at most once a minute per worker, unless one is waiting already;
 * two workers that queue at once cost one empty run.
 */
export async function queueEventMailPlanWhenDue(
  payload: Payload,
  now = new Date(),
): Promise<boolean> {
  if (now.getTime() < (nextLook.get(payload) ?? 0)) return false
  nextLook.set(payload, now.getTime() + 60_000)
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: {
      taskSlug: { equals: eventMailPlanTask },
      completedAt: { exists: false },
      hasError: { not_equals: true },
    },
  })
  if (totalDocs) return false
  await payload.jobs.queue({ task: eventMailPlanTask, input: {} })
  return true
}
