import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

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

export async function runQueueOnce(payload: Payload): Promise<void> {
  await releaseStalledJobs(payload)
  await payload.jobs.run({ limit: 10 })
}

/** Runs the queue every `intervalMs` until stopped; `stop` waits for the running round. */
export function startWorker(payload: Payload, intervalMs = 1000) {
  let stopping = false
  const loop = (async () => {
    while (!stopping) {
      try {
        await runQueueOnce(payload)
      } catch (error) {
        payload.logger.error({ err: error }, 'Job queue round failed')
      }
      if (!stopping) await new Promise((resolve) => setTimeout(resolve, intervalMs))
    }
  })()
  return {
    stop: async () => {
      stopping = true
      await loop
      closeMailTransport()
    },
  }
}
