/**
 * The ceiling of any route of this app: Next.js answering constant JSON, no Payload, no
 * database. Only the partner benchmark turns it on; everywhere else it is not there.
 */

// Read the switch per request: a build must not bake either answer in.
export const dynamic = 'force-dynamic'

const body = JSON.stringify({ ok: true, items: [] })

export function GET(): Response {
  if (process.env.BENCHMARK_ROUTES !== '1') return new Response(null, { status: 404 })
  return new Response(body, { headers: { 'Content-Type': 'application/json' } })
}
