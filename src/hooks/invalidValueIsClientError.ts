import type { AfterErrorHook } from 'payload'

import { clientError } from '@/platform/problems'

/** PostgreSQL's "data exception" class: a value that cannot be read as its column's type. */
const isDataException = (error: unknown): boolean => {
  const code = (error as { code?: unknown })?.code
  if (typeof code === 'string' && code.startsWith('22')) return true
  const cause = (error as { cause?: unknown })?.cause
  return cause !== undefined && cause !== error && isDataException(cause)
}

/**
 * `where[id][in]=a,b` or a date that is no date reaches PostgreSQL, which refuses it; Payload
 * would answer 500. It is the request that is wrong, so say so.
 */
export const invalidValueIsClientError: AfterErrorHook = ({ error, req }) => {
  if (!isDataException(error)) return
  const { message } = clientError(req.headers, 'api.badValue')
  return { status: 400, response: { errors: [{ message }] } }
}
