import http from 'node:http'
import type { Socket } from 'node:net'

import next from 'next'
import type { Logger } from 'pino'

import { defaultLocale } from '@/i18n/locales'
import { announceClientAddressHeader, setClientAddress } from '@/platform/clientAddress'
import { beginShutdown, runShutdownTasks } from '@/platform/lifecycle'
import { requestContext, requestIdFrom } from '@/platform/logging/requestContext'
import { settings } from '@/platform/settings'

type Options = {
  /** From `prepareNext`, started while the database is migrated. */
  next: PreparingNext
  port: number
  logger: Logger
  /** Keep serving this long after SIGTERM, readiness already 503, so balancers stop sending. */
  shutdownDelayMs: number
  /** Requests still running this long after the listener closed are cut. */
  drainTimeoutMs: number
  /** Longer than the load balancer's idle timeout, so it never reuses a closed connection. */
  keepAliveTimeoutMs: number
}

/**
 * The built Next app on a plain `node:http` server (Next's programmatic API), so that this
 * process decides what happens around it: every request gets an id, its client's address (the
 * socket's, or as `TRUSTED_PROXIES` allows) and an access-log line, and SIGTERM drains instead
 * of exiting.
 */
export async function startHttpServer(options: Options) {
  const { port, logger } = options
  const trusted = settings.trustedProxies
  announceClientAddressHeader()
  const { app } = options.next
  await options.next.prepared
  const handle = app.getRequestHandler()

  let inFlight = 0
  let draining = false
  let drained: () => void = () => {}
  const sockets = new Set<Socket>()
  const responses = new Set<http.ServerResponse>()

  const listener: http.RequestListener = (req, res) => {
    setClientAddress(req, trusted)
    const requestId = requestIdFrom(req.headers['x-request-id'])
    req.headers['x-request-id'] = requestId
    res.setHeader('X-Request-Id', requestId)
    // An open keep-alive connection may still bring requests after the listener closed:
    // serve them, and tell the client to reconnect (to another instance) next time.
    if (draining) res.setHeader('Connection', 'close')
    inFlight += 1
    responses.add(res)
    const started = performance.now()
    res.once('close', () => {
      inFlight -= 1
      responses.delete(res)
      logger.info(
        {
          requestId,
          method: req.method,
          // Query strings can carry tokens (newsletter links): the path only.
          path: req.url?.split('?')[0],
          status: res.statusCode,
          durationMs: Math.round(performance.now() - started),
          ...(res.writableFinished ? {} : { aborted: true }),
        },
        'request',
      )
      if (draining && inFlight === 0) drained()
    })
    requestContext.run({ requestId }, () => {
      handle(req, res).catch((error: unknown) => {
        logger.error({ err: error, requestId }, 'Unhandled error serving a request')
        if (!res.headersSent) res.writeHead(500).end()
      })
    })
  }
  const warmedMs = await warmUp(listener)
  logger.info({ warmedMs }, 'Warmed up Payload and the pages')
  const server = http.createServer(listener)
  server.keepAliveTimeout = options.keepAliveTimeoutMs
  server.headersTimeout = options.keepAliveTimeoutMs + 1_000
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(port, resolve))

  /** Readiness 503, wait, stop accepting, finish what is running, then the shutdown tasks. */
  async function shutDown(signal: string): Promise<void> {
    beginShutdown()
    logger.info({ signal, inFlight }, 'Shutting down: readiness now answers 503')
    await new Promise((resolve) => setTimeout(resolve, options.shutdownDelayMs))

    draining = true
    for (const res of responses) if (!res.headersSent) res.setHeader('Connection', 'close')
    const allDone = new Promise<void>((resolve) => {
      drained = resolve
      if (inFlight === 0) resolve()
    })
    // Stops accepting connections and closes the idle keep-alive ones.
    server.close()
    server.closeIdleConnections()
    const timedOut = await Promise.race([
      allDone.then(() => false),
      new Promise<boolean>((resolve) =>
        setTimeout(() => resolve(true), options.drainTimeoutMs).unref(),
      ),
    ])
    if (timedOut) logger.warn({ inFlight }, 'Drain timed out: cutting the remaining requests')
    else logger.info('Every request in flight was answered')
    for (const socket of sockets) socket.destroy()

    await runShutdownTasks((error) => logger.error({ err: error }, 'A shutdown task failed'))
    await app.close().catch(() => {})
  }

  return { server, shutDown, inFlight: () => inFlight }
}

export type PreparingNext = { app: ReturnType<typeof next>; prepared: Promise<number> }

/**
 * The built Next app, its `prepare` (reading the build, about 1 s) started at once: it needs no
 * database, so it runs while `migrateBeforeServing` holds the lock. Resolves to its milliseconds.
 */
export function prepareNext(port: number): PreparingNext {
  const app = next({ dev: false, dir: process.cwd(), port })
  const started = performance.now()
  const prepared = app.prepare().then(() => Math.round(performance.now() - started))
  // Awaited by startHttpServer; a failure while migrations run must not be an unhandled rejection.
  prepared.catch(() => {})
  return { app, prepared }
}

/**
 * Payload in the Next bundle starts on its first request (its own instance, with the bundle's
 * modules, so the server cannot call `getPayload` for it). One request to an API list and one to
 * a page, through a loopback listener, pay for that and for loading the route code before the
 * port opens: readiness and the first caller get a started instance. Any answer will do.
 */
async function warmUp(listener: http.RequestListener): Promise<number> {
  const started = performance.now()
  const loopback = http.createServer(listener)
  await new Promise<void>((resolve) => loopback.listen(0, '127.0.0.1', resolve))
  const { port } = loopback.address() as { port: number }
  await Promise.all(
    warmUpPaths.map((path) =>
      fetch(`http://127.0.0.1:${port}${path}`)
        .then((response) => response.arrayBuffer())
        .catch(() => {}),
    ),
  )
  loopback.closeAllConnections()
  await new Promise((resolve) => loopback.close(resolve))
  return Math.round(performance.now() - started)
}

const warmUpPaths = ['/api/news?limit=1', `/${defaultLocale}`]
