import { getPayload } from 'payload'

import { isShuttingDown } from '@/platform/lifecycle'
import config from '@payload-config'

import { readiness, type Readiness } from './readiness'

const noStore = { 'Cache-Control': 'no-store' }
const startedAt = Date.now()

/** GET /api/health — liveness: the process answers. Touches no database, on purpose. */
export const health = (): Response =>
  Response.json(
    { status: 'ok', uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) },
    { headers: noStore },
  )

/**
 * The endpoint is public and each check queries the database: however often it is asked, this
 * instance checks at most once a second and answers everyone asking in between from that
 * check. Shutting down shows at once.
 */
const checkEveryMs = 1_000
let recent: { at: number; answer: Promise<Readiness> } | undefined

function latestReadiness(payload: Parameters<typeof readiness>[0]): Promise<Readiness> {
  if (isShuttingDown()) return readiness(payload)
  if (!recent || performance.now() - recent.at >= checkEveryMs) {
    recent = { at: performance.now(), answer: readiness(payload) }
  }
  return recent.answer
}

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
  const { ready, reason, checks } = await latestReadiness(payload)
  return Response.json(
    ready ? { status: 'ready', checks } : { status: 'not ready', reason, checks },
    { status: ready ? 200 : 503, headers: noStore },
  )
}
