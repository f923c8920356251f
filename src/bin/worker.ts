/**
 * `npm run worker`: runs the jobs queue (newsletter sending, confirmation mail) with no web
 * server. Run as many as you like beside any number of app instances on one database.
 */
import { getPayload } from 'payload'

import config from '@payload-config'

import { startWorker } from '../jobs/worker'

const payload = await getPayload({ config })
const worker = startWorker(payload, Number(process.env.WORKER_INTERVAL_MS ?? 1000))
payload.logger.info(`Worker ${process.pid} is running the jobs queue`)

const shutDown = async () => {
  await worker.stop()
  await payload.destroy()
  process.exit(0)
}
process.once('SIGTERM', shutDown)
process.once('SIGINT', shutDown)
