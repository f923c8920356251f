/**
 * `npm run worker`: runs the jobs queue (newsletter sending, confirmation mail, webhooks) with
 * no web server. Run as many as you like beside any number of app instances on one database.
 * SIGTERM: the newsletter sender finishes the messages in flight and hands back the rest, the
 * round's other jobs finish, then the process exits.
 */
import { pino } from 'pino'

import { loggerOptions } from '../logging/logger'
import { migrateBeforeServing } from '../server/migrateBeforeServing'
import { beginShutdown } from '../server/lifecycle'

// Claiming jobs must see what was just written: workers read from the primary, never a replica.
// The config reads this when imported, hence the dynamic imports below.
delete process.env.DATABASE_READ_REPLICA_URIS

await migrateBeforeServing(pino(loggerOptions('worker')))
const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { startWorker } = await import('../jobs/worker')

const payload = await getPayload({ config })
const worker = startWorker(payload, Number(process.env.WORKER_INTERVAL_MS ?? 1000))
payload.logger.info(`Worker ${process.pid} is running the jobs queue`)

const shutDown = async (signal: NodeJS.Signals) => {
  payload.logger.info({ signal }, 'Worker stopping: finishing the jobs in hand')
  beginShutdown()
  await worker.stop()
  await payload.destroy()
  process.exit(0)
}
process.once('SIGTERM', shutDown)
process.once('SIGINT', shutDown)
