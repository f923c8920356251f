import { stdTimeFunctions, type LoggerOptions } from 'pino'

import { currentRequestId } from './requestContext'

/**
 * Payload's pino logger as one JSON object per line (production, or whenever `LOG_LEVEL` or
 * `LOG_FORMAT=json` is set), each line carrying the id of the request it was written for.
 * Development without either keeps Payload's readable format.
 */
export function loggerOptions(name = 'payload'): LoggerOptions {
  return {
    name,
    level: process.env.LOG_LEVEL ?? 'info',
    timestamp: stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const requestId = currentRequestId()
      return requestId ? { requestId } : {}
    },
  }
}

export const wantsJsonLogs = (): boolean =>
  process.env.NODE_ENV === 'production' ||
  Boolean(process.env.LOG_LEVEL) ||
  process.env.LOG_FORMAT === 'json'

/** The `logger` of the Payload config. */
export const payloadLogger = () => (wantsJsonLogs() ? { options: loggerOptions() } : undefined)
