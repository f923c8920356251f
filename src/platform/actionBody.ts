import type { PayloadRequest } from 'payload'

import type { Problem } from './problems'

export type ActionBody = { options: Record<string, unknown> } | { problem: Problem }

/**
 * The options of a staff action (send, rotate a key, start a translation): a JSON object. Anything
 * else is refused rather than read as "no options", so a form post or an empty body can never
 * mean "send now with the defaults".
 */
export async function actionBodyOf(req: PayloadRequest): Promise<ActionBody> {
  if (!req.headers.get('content-type')?.includes('json')) {
    return { problem: { key: 'api.jsonRequired', status: 415 } }
  }
  const options: unknown = await req.json?.().catch(() => undefined)
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return { problem: { key: 'api.jsonObjectRequired' } }
  }
  return { options: options as Record<string, unknown> }
}
