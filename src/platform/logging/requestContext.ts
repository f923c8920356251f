import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'

type RequestContext = { requestId: string }

/**
 * The request being served, for every log line written while serving it. One store per
 * process: the production server and each of Next's bundles load their own copy of this
 * module, so the store lives on `globalThis`.
 */
const key = Symbol.for('arctic-newsroom.requestContext')
const store = globalThis as typeof globalThis & {
  [key]?: AsyncLocalStorage<RequestContext>
}
export const requestContext = (store[key] ??= new AsyncLocalStorage<RequestContext>())

export const currentRequestId = (): string | undefined => requestContext.getStore()?.requestId

// Ids from a proxy or load balancer are kept; anything that could forge a log line is not.
const acceptable = /^[\w.:@/+=-]{1,128}$/

/** The caller's `X-Request-Id` when it is a sane token, otherwise a new UUID. */
export function requestIdFrom(header: string | string[] | null | undefined): string {
  const given = Array.isArray(header) ? header[0] : header
  return given && acceptable.test(given) ? given : randomUUID()
}
