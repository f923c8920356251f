import type { Payload } from 'payload'

import { appPool } from '@/platform/database/pool'
import { quotedTablesOf } from '@/platform/database/tables'
import { onShutdown } from '@/platform/lifecycle'

/**
 * Counting each request with its own UPDATE would double the database work of a read;
 * counts are summed here and written every few seconds.
 */
const flushEveryMs = 10_000
const pending = new Map<number, number>()
let timer: NodeJS.Timeout | undefined
let flushesOnShutdown = false

export function recordPartnerUse(payload: Payload, partnerId: number): void {
  pending.set(partnerId, (pending.get(partnerId) ?? 0) + 1)
  if (!flushesOnShutdown) {
    // An instance stopped by SIGTERM writes what it counted since the last flush.
    flushesOnShutdown = true
    onShutdown(() => flushPartnerUse(payload))
  }
  timer ??= setTimeout(() => void flushPartnerUse(payload), flushEveryMs).unref()
}

export async function flushPartnerUse(payload: Payload): Promise<void> {
  timer = undefined
  const counts = [...pending]
  pending.clear()
  const pool = appPool(payload)
  const partners = quotedTablesOf(payload, 'partners').main
  for (const [id, count] of counts) {
    await pool
      .query(
        `UPDATE ${partners} SET request_count = coalesce(request_count, 0) + $2, last_used_at = now() WHERE id = $1`,
        [id, count],
      )
      .catch((error: unknown) => payload.logger.warn({ error }, 'partner usage not recorded'))
  }
}
