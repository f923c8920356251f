import config from '@payload-config'
import { getPayload } from 'payload'

import { readiness } from './readiness'

const noStore = { 'Cache-Control': 'no-store' }
const startedAt = Date.now()

/** GET /api/health — liveness: the process answers. Touches no database, on purpose. */
export const health = (): Response =>
  Response.json(
    { status: 'ok', uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) },
    { headers: noStore },
  )

/** GET /api/ready — readiness: 200 when this instance should get traffic, else 503 and why. */
export async function ready(): Promise<Response> {
  let payload
  try {
    payload = await getPayload({ config })
  } catch {
    // Payload could not start, usually because the database is unreachable.
    return Response.json(
      { status: 'not ready', reason: 'database unreachable' },
      { status: 503, headers: noStore },
    )
  }
  const { ready, reason, checks } = await readiness(payload)
  return Response.json(
    ready ? { status: 'ready', checks } : { status: 'not ready', reason, checks },
    { status: ready ? 200 : 503, headers: noStore },
  )
}
