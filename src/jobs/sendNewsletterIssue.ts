import type { Payload, TaskConfig } from 'payload'

import { sendIssue } from '@/newsletter/sendIssue'
import { appPool } from '@/platform/database/pool'
import { quotedTablesOf } from '@/platform/database/tables'

/** Tells the stalled-job check (`releaseStalledJobs`) that this job's worker is alive. */
export async function beatHeart(payload: Payload, jobId: number | string): Promise<void> {
  const jobs = quotedTablesOf(payload, 'payload-jobs').main
  await appPool(payload).query(`UPDATE ${jobs} SET updated_at = now() WHERE id = $1`, [jobId])
}

/**
 * Sends an issue; if some rows wait for a retry, queues itself again for then. Several of these
 * may run for the same issue at once (two workers, a recovered job): the rows' claims keep
 * every message to one sender.
 */
export const sendNewsletterIssueTask: TaskConfig<'sendNewsletterIssue'> = {
  slug: 'sendNewsletterIssue',
  inputSchema: [{ name: 'newsletterId', type: 'number', required: true }],
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 10_000 } },
  handler: async ({ input, job, req }) => {
    const { payload } = req
    const { retryAt } = await sendIssue(payload, input.newsletterId, {
      heartbeat: () => beatHeart(payload, job.id),
    })
    if (retryAt) {
      await payload.jobs.queue({ task: 'sendNewsletterIssue', input, waitUntil: retryAt })
    }
    return { output: {} }
  },
}
