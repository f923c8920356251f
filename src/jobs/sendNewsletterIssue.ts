import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { TaskConfig } from 'payload'

import { sendIssue } from '@/newsletter/sendIssue'

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
    const pool = (payload.db as unknown as PostgresAdapter).pool
    const { retryAt } = await sendIssue(payload, input.newsletterId, {
      heartbeat: async () => {
        await pool.query('UPDATE payload_jobs SET updated_at = now() WHERE id = $1', [job.id])
      },
    })
    if (retryAt) {
      await payload.jobs.queue({ task: 'sendNewsletterIssue', input, waitUntil: retryAt })
    }
    return { output: {} }
  },
}
