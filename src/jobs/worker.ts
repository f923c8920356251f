import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, Where } from 'payload'

import { closeMailTransport } from '@/email/transport'

/**
 * Payload leaves a job `processing` for ever when its worker dies. A job that has not beaten
 * its heart for this long is released to run again; the work it did is claimed row by row, so
 * running it again repeats nothing that finished.
 */
const staleAfterSeconds = () => Number(process.env.JOBS_STALE_AFTER_SECONDS ?? 600)

export async function releaseStalledJobs(payload: Payload): Promise<number> {
  const { rowCount } = await (payload.db as unknown as PostgresAdapter).pool.query(
    `UPDATE payload_jobs SET processing = false, updated_at = now()
     WHERE processing = true AND updated_at < now() - make_interval(secs => $1)`,
    [staleAfterSeconds()],
  )
  return rowCount ?? 0
}

const newsletterTask = 'sendNewsletterIssue'

/**
 * A newsletter job uses every SMTP connection this worker may open: a worker takes one at a
 * time, so an issue's parallel jobs land on different workers and the others' lanes stay free.
 * Everything else (confirmations, webhooks) runs beside it, ten at a time.
 */
const lanes = [
  { name: 'newsletters', limit: 1, where: { taskSlug: { equals: newsletterTask } } },
  { name: 'other jobs', limit: 10, where: { taskSlug: { not_equals: newsletterTask } } },
] satisfies { name: string; limit: number; where: Where }[]

export async function runQueueOnce(payload: Payload): Promise<void> {
  await releaseStalledJobs(payload)
  for (const { limit, where } of lanes) await payload.jobs.run({ limit, where })
}

/** Runs each lane every `intervalMs` until stopped; `stop` waits for the running rounds. */
export function startWorker(payload: Payload, intervalMs = 1000) {
  let stopping = false
  const pause = () => new Promise((resolve) => setTimeout(resolve, intervalMs))
  const loops = lanes.map(async ({ name, limit, where }) => {
    while (!stopping) {
      try {
        await releaseStalledJobs(payload)
        await payload.jobs.run({ limit, where })
      } catch (error) {
        payload.logger.error({ err: error, lane: name }, 'Job queue round failed')
      }
      if (!stopping) await pause()
    }
  })
  return {
    stop: async () => {
      stopping = true
      await Promise.all(loops)
      closeMailTransport()
    },
  }
}
