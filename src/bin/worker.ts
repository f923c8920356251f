/**
 * `npm run worker`: runs the jobs queue (newsletter sending, confirmation mail, webhooks, the
 * daily retention run) with no web server. Run as many as you like beside any number of app
 * instances on one database. SIGTERM: the newsletter sender finishes the messages in flight and
 * hands back the rest, the round's other jobs finish, then the process exits.
 */
// First: it changes the environment, before the settings first read it.
import './primaryOnly'

import { getPayload } from 'payload'
import { pino } from 'pino'

import { startWorker } from '@/jobs/worker'
import { beginShutdown } from '@/platform/lifecycle'
import { loggerOptions } from '@/platform/logging/logger'
import { migrateBeforeServing } from '@/server/migrateBeforeServing'
import config from '@payload-config'

// Static imports only: a dynamic import() under the tsx loader on Node 20 sometimes never
// settles (seen here about one start in three).
await migrateBeforeServing(pino(loggerOptions('worker')))

const payload = await getPayload({ config })
const worker = startWorker(payload)
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
