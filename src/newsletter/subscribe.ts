import { appPool } from '@/platform/database/pool'
import type { FormCaller } from '@/platform/formCaller'
import { createRateLimit } from '@/platform/rateLimit'

import { parseSubscription, type SubscriptionProblem } from './subscriptionInput'
import { clusterIds, recordSubscription } from './subscriptions'

// Counted here, so a client has one allowance whichever door it uses.
const perClient = createRateLimit({ name: 'subscribe', limit: 10, windowSeconds: 10 * 60 })

export type SubscribeOutcome =
  /** Whether or not the address was already on the list: the answer must not tell. */
  | { kind: 'accepted' }
  /** The first problem found (a form shows one). */
  | { kind: 'problem'; problem: SubscriptionProblem }
  | { kind: 'rateLimited'; retryAfter: number }

/** Someone asks for the newsletter: the rate limit, the checks, then a pending subscription. */
export async function subscribe(body: unknown, caller: FormCaller): Promise<SubscribeOutcome> {
  const { payload } = caller
  const limited = await perClient(appPool(payload), caller.address)
  if (!limited.ok) return { kind: 'rateLimited', retryAfter: limited.retryAfter }
  const parsed = parseSubscription(body)
  if (!parsed.ok) return { kind: 'problem', problem: parsed.problem }
  const clusters = await clusterIds(payload, parsed.value.clusters)
  if ('unknown' in clusters) {
    const values = { value: clusters.unknown.join(', ') }
    return { kind: 'problem', problem: { field: 'clusters', key: 'api.unknownClusters', values } }
  }
  await recordSubscription(payload, parsed.value, clusters)
  return { kind: 'accepted' }
}
