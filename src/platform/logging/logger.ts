import { stdTimeFunctions, type LoggerOptions } from 'pino'

import { settings } from '@/platform/settings'

import { currentRequestId } from './requestContext'

/**
 * Payload's pino logger as one JSON object per line (production, or whenever `LOG_LEVEL` or
 * `LOG_FORMAT=json` is set), each line carrying the id of the request it was written for.
 * Development without either keeps Payload's readable format.
 */
export function loggerOptions(name = 'payload'): LoggerOptions {
  return {
    name,
    level: settings.log.level,
    timestamp: stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const requestId = currentRequestId()
      return requestId ? { requestId } : {}
    },
  }
}

/** The `logger` of the Payload config. */
export const payloadLogger = () => (settings.log.json ? { options: loggerOptions() } : undefined)
