import { settings } from '@/platform/settings'

/**
 * Saves of one document wait for each other on its row lock (see `serializeSaves`), each
 * holding a pooled connection while it waits. Were every connection held by a waiting save,
 * the save holding the lock could not get one for its own queries and all would stall until
 * the pool's timeout. Writes therefore take a slot first, and the pool keeps two connections
 * beyond the slots for that and for reads.
 */
const slots = Math.max(1, settings.database.poolMax - 2)
let running = 0
const waiting: (() => void)[] = []

export async function inWriteSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running < slots) running += 1
  else await new Promise<void>((resolve) => waiting.push(resolve))
  try {
    return await work()
  } finally {
    // The slot passes straight to the next waiter, if any.
    const next = waiting.shift()
    if (next) next()
    else running -= 1
  }
}
