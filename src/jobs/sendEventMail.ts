import type { TaskConfig } from 'payload'

import { eventMailTask } from '@/events/mail/queueLanes'
import { sendEventMail } from '@/events/mail/sendEventMail'

import { beatHeart } from './sendNewsletterIssue'

/**
 * Sends one event's reminders, follow-ups or messages (its lane); if some rows wait for a
 * retry, queues itself again for then. Two of these for one lane at once (two workers, a
 * recovered job) send each message once: the rows' claims keep every message to one sender.
 */
export const sendEventMailTask: TaskConfig<'sendEventMail'> = {
  slug: eventMailTask,
  inputSchema: [
    { name: 'eventId', type: 'number', required: true },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: ['reminder', 'followUp', 'message'],
    },
  ],
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 10_000 } },
  handler: async ({ input, job, req }) => {
    const { payload } = req
    const lane = { event: input.eventId, kind: input.kind as 'reminder' | 'followUp' | 'message' }
    const { retryAt } = await sendEventMail(payload, lane, {
      heartbeat: () => beatHeart(payload, job.id),
    })
    if (retryAt) await payload.jobs.queue({ task: eventMailTask, input, waitUntil: retryAt })
    return { output: {} }
  },
}
