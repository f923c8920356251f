import type { Payload, Where } from 'payload'

import { closeMailTransport } from '@/email/transport'
import { eventMailTask } from '@/events/mail/queueLanes'
import { appPool } from '@/platform/database/pool'
import { quotedTablesOf } from '@/platform/database/tables'
import { settings } from '@/platform/settings'

import { queueRetentionWhenDue } from './applyRetention'
import { queueEventMailPlanWhenDue } from './planEventMail'

/**
 * Payload leaves a job `processing` for ever when its worker dies. A job that has not beaten
 * its heart for JOBS_STALE_AFTER_SECONDS is released to run again; the work it did is claimed
 * row by row, so running it again repeats nothing that finished.
 */
export async function releaseStalledJobs(payload: Payload): Promise<number> {
  const jobs = quotedTablesOf(payload, 'payload-jobs').main
  const { rowCount } = await appPool(payload).query(
    `UPDATE ${jobs} SET processing = false, updated_at = now()
     WHERE processing = true AND updated_at < now() - make_interval(secs => $1)`,
    [settings.jobs.staleAfterSeconds],
  )
  return rowCount ?? 0
}

/** The jobs that send through the delivery queue: an issue, an event's reminders and the like. */
const bulkTasks = ['sendNewsletterIssue', eventMailTask]

/**
 * A bulk sending job uses every SMTP connection this worker may open: a worker takes one at a
 * time, so an issue's parallel jobs land on different workers and the others' lanes stay free.
 * Everything else (confirmations, webhooks) runs beside it, ten at a time.
 */
const lanes = [
  { name: 'newsletters', limit: 1, where: { taskSlug: { in: bulkTasks } } },
  { name: 'other jobs', limit: 10, where: { taskSlug: { not_in: bulkTasks } } },
] satisfies { name: string; limit: number; where: Where }[]

export async function runQueueOnce(payload: Payload): Promise<void> {
  await releaseStalledJobs(payload)
  for (const { limit, where } of lanes) await payload.jobs.run({ limit, where })
}

/**
 * Runs each lane every `intervalMs` until stopped, queuing the daily retention run when it is
 * due and the planning of event reminders and follow-ups each minute; `stop` waits for the
 * running rounds.
 */
export function startWorker(payload: Payload, intervalMs = settings.jobs.workerIntervalMs) {
  let stopping = false
  const pause = () => new Promise((resolve) => setTimeout(resolve, intervalMs))
  const loops = lanes.map(async ({ name, limit, where }) => {
    while (!stopping) {
      try {
        await releaseStalledJobs(payload)
        await queueRetentionWhenDue(payload)
        await queueEventMailPlanWhenDue(payload)
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
