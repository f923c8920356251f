/**
 * `npm start` (after `npm run build`): production. Migrates the database and creates the first
 * administrator (one instance at a time) while Next reads the build, warms Payload up, then
 * serves the built app; SIGTERM drains requests in flight before the process exits. Run any
 * number of these behind a load balancer. Each phase logs its milliseconds (bench:start).
 */
import { pino } from 'pino'

import { loggerOptions } from '@/platform/logging/logger'
import { settings } from '@/platform/settings'
import { prepareNext, startHttpServer } from '@/server/httpServer'
import { migrateBeforeServing } from '@/server/migrateBeforeServing'

// tsx turns source maps on for its TypeScript, and Node then reads and keeps the map of every
// module it loads from then on: Next's server chunks have 219 MB of them, held as ~190 MB of
// strings (a heap snapshot under load). `next start` does not load them either.
process.setSourceMapsEnabled(false)
const logger = pino(loggerOptions('server'))

// The app's Payload reads it only on the warm-up request, and the migration's Payload starts only
// when there is work: without this a missing secret would give an instance answering 500.
void settings.payloadSecret
const { port, server } = settings
const preparing = prepareNext(port)
const migrationStarted = performance.now()
await migrateBeforeServing(logger)
const migrationMs = Math.round(performance.now() - migrationStarted)
preparing.prepared.then(
  (nextPrepareMs) => logger.info({ migrationMs, nextPrepareMs }, 'Database and Next ready'),
  () => {},
)
const { shutDown } = await startHttpServer({
  next: preparing,
  port,
  logger,
  shutdownDelayMs: server.shutdownDelaySeconds * 1000,
  drainTimeoutMs: server.shutdownTimeoutSeconds * 1000,
  keepAliveTimeoutMs: server.keepAliveSeconds * 1000,
})
logger.info({ port, pid: process.pid, sinceStartMs: Math.round(performance.now()) }, 'Serving')

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
