import type { Payload } from 'payload'

import { appPool } from './pool'

/**
 * pg's pool emits 'error' when an idle connection dies (a database restart, a failover, the
 * embedded server stopping first at Ctrl-C). Unheard, that event ends the process; the pool
 * replaces the connection by itself, so a warning is enough.
 */
export async function logPoolErrors(payload: Payload): Promise<void> {
  appPool(payload).on('error', (error) => {
    // pg hangs the whole client (settings, parsed statements, buffers) on the error: log its gist.
    const { code, message } = error as Error & { code?: string }
    payload.logger.warn(
      { err: { code, message } },
      'An idle database connection failed; the pool replaces it',
    )
  })
}
