import autocannon from 'autocannon'

export type Target = {
  key: string
  label: string
  url: string
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
  /** Every request gets its own query string, so no cache can answer it. */
  uncached?: boolean
}

export type Measurement = {
  key: string
  label: string
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  requests: number
  non2xx: number
  errors: number
  statusCounts: Record<string, number>
  /** CPU milliseconds per completed request of the server's processes, and of PostgreSQL's. */
  serverCpuMs?: number
  databaseCpuMs?: number
}

/** Reads of cumulative CPU milliseconds, taken around the measured seconds only. */
export type CpuMeters = { server: () => number; database?: () => number }

export type LoadSettings = { connections: number; warmupSeconds: number; seconds: number }

/** Load on one target: a warm-up (JIT, caches, pools) left out of the figures, then the run. */
export async function measure(
  target: Target,
  settings: LoadSettings,
  cpu?: CpuMeters,
): Promise<Measurement> {
  // One counter for both runs, so the measured requests never repeat a warm-up's query.
  const requests = target.uncached ? [{ setupRequest: withFreshQuery() }] : undefined
  const run = (duration: number) =>
    autocannon({
      url: target.url,
      method: target.method ?? 'GET',
      headers: target.headers,
      body: target.body,
      connections: settings.connections,
      duration,
      requests,
    })
  await run(settings.warmupSeconds)
  const before = { server: cpu?.server(), database: cpu?.database?.() }
  const result = await run(settings.seconds)
  const perRequest = (now: number | undefined, then: number | undefined) =>
    now === undefined || then === undefined || !result.requests.total
      ? undefined
      : (now - then) / result.requests.total
  const statusCounts = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, count]),
  )
  return {
    key: target.key,
    label: target.label,
    // Completed requests over the run's length: the mean of per-second samples drops the tail.
    requestsPerSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    statusCounts,
    serverCpuMs: perRequest(cpu?.server(), before.server),
    databaseCpuMs: perRequest(cpu?.database?.(), before.database),
  }
}

function withFreshQuery() {
  let counter = 0
  return (request: { path: string }) => {
    counter += 1
    const separator = request.path.includes('?') ? '&' : '?'
    return { ...request, path: `${request.path}${separator}uncached=${counter}` }
  }
}

export type Probe = { status: number; etag: string | null; text: string }

/** One request, to check a target answers as expected before loading it. */
export async function probe(target: Target, headers: Record<string, string> = {}): Promise<Probe> {
  const response = await fetch(target.url, {
    method: target.method ?? 'GET',
    headers: { ...target.headers, ...headers },
    body: target.body,
  })
  return {
    status: response.status,
    etag: response.headers.get('etag'),
    text: await response.text(),
  }
}
