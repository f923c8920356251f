import type { Payload, TaskConfig } from 'payload'

import { applyRetention } from '@/privacy/applyRetention'

export const retentionTask = 'applyRetention'
const dayMs = 24 * 60 * 60 * 1000

/** The daily retention run: a second job queued the same day by another worker finds it done. */
export const applyRetentionTask: TaskConfig<'applyRetention'> = {
  slug: retentionTask,
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ req }) => {
    const now = new Date()
    await applyRetention(req.payload, { now, notRunSince: new Date(now.getTime() - dayMs) })
    return { output: {} }
  },
}

/** Per Payload (one per process, more in tests): when to look at the day's run again. */
const nextLook = new WeakMap<Payload, number>()

/**
 * Queues the retention job when no run happened in the last day and none is queued. Each
 * worker asks at most once a minute; two that queue at once cost one empty job.
 */
export async function queueRetentionWhenDue(payload: Payload, now = new Date()): Promise<boolean> {
  if (now.getTime() < (nextLook.get(payload) ?? 0)) return false
  nextLook.set(payload, now.getTime() + 60_000)
  const since = new Date(now.getTime() - dayMs).toISOString()
  const [ran, queued] = await Promise.all([
    payload.count({ collection: 'retention-runs', where: { ranAt: { greater_than: since } } }),
    payload.count({
      collection: 'payload-jobs',
      // A job that failed for good does not hold the next day's back.
      where: {
        taskSlug: { equals: retentionTask },
        completedAt: { exists: false },
        hasError: { not_equals: true },
      },
    }),
  ])
  if (ran.totalDocs + queued.totalDocs > 0) return false
  await payload.jobs.queue({ task: retentionTask, input: {} })
  return true
}
