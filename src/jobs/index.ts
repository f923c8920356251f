import type { JobsConfig, PayloadRequest } from 'payload'

import { mayAtAll } from '@/access/enforce'
import { permissions } from '@/access/permissions'

import { applyRetentionTask } from './applyRetention'
import { deliverWebhookTask } from './deliverWebhook'
import { planEventMailTask } from './planEventMail'
import { sendConfirmationEmailTask } from './sendConfirmationEmail'
import { sendEventMailTask } from './sendEventMail'
import { sendJoinRequestEmailTask } from './sendJoinRequestEmail'
import { sendNewsletterIssueTask } from './sendNewsletterIssue'
import { sendRegistrationEmailTask } from './sendRegistrationEmail'

const mayRunJobs = ({ req }: { req: PayloadRequest }) =>
  mayAtAll(req, permissions['payload-jobs'].endpoints.run.who)

/** Payload's jobs queue; `npm run worker` (or `npm run dev`) runs it. */
export const jobs: JobsConfig = {
  tasks: [
    sendNewsletterIssueTask,
    sendConfirmationEmailTask,
    deliverWebhookTask,
    sendJoinRequestEmailTask,
    sendRegistrationEmailTask,
    applyRetentionTask,
    planEventMailTask,
    sendEventMailTask,
  ],
  // Over HTTP only those who may run jobs may queue or cancel them; the app queues its own.
  access: { run: mayRunJobs, queue: mayRunJobs, cancel: mayRunJobs },
}
