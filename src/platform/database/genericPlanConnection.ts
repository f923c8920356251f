import type { Payload } from 'payload'
import type { PoolClient } from 'pg'

import { appPool } from './pool'

/** A connection held for one long piece of work; `release` gives it back to the pool as it was. */
export type HeldConnection = Pick<PoolClient, 'query'> & {
  /** `broken`: it failed mid-statement, so the pool closes it rather than handing it on. */
  release: (broken?: Error) => Promise<void>
}

/**
 * A connection of Payload's pool that plans each prepared statement once, on its first run (a
 * generic plan). PostgreSQL otherwise plans a statement again on each run while that looks
 * cheaper than the plan it keeps: the sender's record statement, with arrays whose length the
 * planner sees, was planned every time, two thirds of the database's CPU per message. A session
 * setting, so the connection is held and reset before another query may use it.
 */
export async function genericPlanConnection(payload: Payload): Promise<HeldConnection> {
  const client = await appPool(payload).connect()
  try {
    await client.query('SET plan_cache_mode = force_generic_plan')
  } catch (error) {
    client.release(error instanceof Error ? error : true)
    throw error
  }
  return {
    query: client.query.bind(client) as PoolClient['query'],
    release: async (broken) => {
      if (broken) return client.release(broken)
      try {
        await client.query('RESET plan_cache_mode')
        client.release()
      } catch (error) {
        client.release(error instanceof Error ? error : true)
      }
    },
  }
}
