import type { JobsConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'

import { deliverWebhookTask } from './deliverWebhook'
import { sendConfirmationEmailTask } from './sendConfirmationEmail'
import { sendJoinRequestEmailTask } from './sendJoinRequestEmail'
import { sendNewsletterIssueTask } from './sendNewsletterIssue'

/** Payload's jobs queue; `npm run worker` (or `npm run dev`) runs it. */
export const jobs: JobsConfig = {
  tasks: [
    sendNewsletterIssueTask,
    sendConfirmationEmailTask,
    deliverWebhookTask,
    sendJoinRequestEmailTask,
  ],
  // Over HTTP only administrators may run or cancel jobs; the app queues them itself.
  access: { run: isAdmin, queue: isAdmin, cancel: isAdmin },
}
