import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { appPool, databaseAdapter, type AppPool } from './pool'

/** The database handle of the request's transaction, so raw SQL sees (and joins) its writes. */
export async function transactionDb(req: PayloadRequest) {
  const adapter = databaseAdapter(req.payload)
  return (req.transactionID && adapter.sessions[await req.transactionID]?.db) || adapter.drizzle
}

/**
 * Runs `work` in the request's transaction, starting one when it has none; only a transaction
 * started here is committed here. Any failure rolls the whole transaction back.
 */
export async function inTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const own = await initTransaction(req)
  try {
    const result = await work()
    if (own) await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** Runs `work` on one pooled connection inside BEGIN … COMMIT, for raw SQL outside any request. */
export async function inPoolTransaction<T>(
  payload: Payload,
  work: (client: Pick<AppPool, 'query'>) => Promise<T>,
): Promise<T> {
  const client = await appPool(payload).connect()
  try {
    await client.query('BEGIN')
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  } finally {
    client.release()
  }
}
