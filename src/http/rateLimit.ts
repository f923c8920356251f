type Window = { count: number; resetAt: number }

/**
 * A fixed-window counter per key, in this process. Enough to blunt a script hammering one
 * instance; several instances behind a balancer each count on their own.
 */
export function createRateLimit({
  limit,
  windowMs,
}: {
  /** A function, to follow a setting that changes at run time. */
  limit: number | (() => number)
  windowMs: number
}) {
  const windows = new Map<string, Window>()
  return (key: string, now = Date.now()): { ok: true } | { ok: false; retryAfter: number } => {
    if (windows.size > 10_000) {
      for (const [k, w] of windows) if (w.resetAt <= now) windows.delete(k)
    }
    const window = windows.get(key)
    if (!window || window.resetAt <= now) {
      windows.set(key, { count: 1, resetAt: now + windowMs })
      return { ok: true }
    }
    window.count += 1
    if (window.count <= (typeof limit === 'number' ? limit : limit())) return { ok: true }
    return { ok: false, retryAfter: Math.ceil((window.resetAt - now) / 1000) }
  }
}

/** The client's address as our own server or proxy appended it: the last X-Forwarded-For hop. */
export const clientAddress = (headers: Headers): string =>
  headers.get('x-forwarded-for')?.split(',').at(-1)?.trim() || headers.get('x-real-ip') || 'unknown'
