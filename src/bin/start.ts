/**
 * `npm start` (after `npm run build`): production. Migrates the database and creates the first
 * administrator (one instance at a time), then serves the built app; SIGTERM drains requests in
 * flight before the process exits. Run any number of these behind a load balancer.
 */
import { pino } from 'pino'

import { loggerOptions } from '../logging/logger'
import { startHttpServer } from '../server/httpServer'
import { migrateBeforeServing } from '../server/migrateBeforeServing'

const logger = pino(loggerOptions('server'))
const seconds = (name: string, fallback: number) => Number(process.env[name] ?? fallback) * 1000

await migrateBeforeServing(logger)

const port = Number(process.env.PORT ?? 3000)
const { shutDown } = await startHttpServer({
  port,
  logger,
  shutdownDelayMs: seconds('SHUTDOWN_DELAY_SECONDS', 5),
  drainTimeoutMs: seconds('SHUTDOWN_TIMEOUT_SECONDS', 30),
  keepAliveTimeoutMs: seconds('HTTP_KEEP_ALIVE_SECONDS', 65),
})
logger.info({ port, pid: process.pid }, 'Serving')

let stopping = false
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    // A second signal while draining: stop now.
    if (stopping) process.exit(1)
    stopping = true
    shutDown(signal).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'Shutdown failed')
        process.exit(1)
      },
    )
  })
}
