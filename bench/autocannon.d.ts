// autocannon ships no types and @types/autocannon is not installed: the part the benchmarks use.
declare module 'autocannon' {
  type Histogram = {
    average: number
    mean: number
    stddev: number
    min: number
    max: number
    total: number
    p50: number
    p90: number
    p99: number
  }

  type Options = {
    url: string
    method?: 'GET' | 'POST'
    headers?: Record<string, string>
    body?: string
    connections?: number
    /** Seconds. */
    duration?: number
    /** A run before the measured one, left out of the results. */
    warmup?: { connections?: number; duration?: number }
    /** Per-request changes, e.g. a fresh path for every request. */
    requests?: { setupRequest?: (request: { path: string }) => { path: string } }[]
  }

  type Result = {
    /** Seconds. */
    duration: number
    errors: number
    timeouts: number
    non2xx: number
    /** Milliseconds. */
    latency: Histogram
    /** Per second; `total` is every completed request. */
    requests: Histogram
    statusCodeStats: Record<string, { count: number }>
  }

  /** Without a callback the returned instance is also a thenable of the results. */
  export default function autocannon(options: Options): PromiseLike<Result>
}
