import { createHash } from 'node:crypto'

import ipaddr from 'ipaddr.js'
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

import type { AppPool as Pool } from '@/platform/database/pool'

import { requestClientAddress } from './clientAddress'

export type Limited = { ok: true } | { ok: false; retryAfter: number }

/** Counts one request of `key` where every app instance on that database counts. */
export type RateLimit = (pool: Pool, key: string) => Promise<Limited>

/**
 * Made by migrations/20261201_202453_rate_limits.ts (the library would create it at run time):
 * unlogged, since every limited request writes it and a count lost in a crash costs nothing.
 */
const table = { schemaName: 'rate_limits', tableName: 'counters', tableCreated: true }

// The table holds no e-mail or IP addresses, and every key fits its varchar(255).
const hashed = (key: string) => createHash('sha256').update(key).digest('base64url')

/**
 * A fixed window per key, counted in PostgreSQL by rate-limiter-flexible, so N instances allow
 * what one does. `name` keeps limits apart: two limits of one name share their counts.
 */
export function createRateLimit({
  name,
  limit,
  windowSeconds,
}: {
  name: string
  /** A function, to follow a setting that changes at run time. */
  limit: number | (() => number)
  windowSeconds: number
}): RateLimit {
  const limiters = new WeakMap<Pool, Map<number, RateLimiterPostgres>>()
  // The store keeps only counts, so limiters of one name with different limits share them.
  const limiterFor = (pool: Pool, points: number) => {
    const byPoints = limiters.get(pool) ?? new Map<number, RateLimiterPostgres>()
    limiters.set(pool, byPoints)
    const limiter =
      byPoints.get(points) ??
      new RateLimiterPostgres({
        ...table,
        storeClient: pool,
        storeType: 'pool',
        keyPrefix: name,
        points,
        duration: windowSeconds,
        // Past its limit a key is refused from memory until its window ends: no query per retry.
        inMemoryBlockOnConsumed: points,
        // The database out of reach: this instance counts alone rather than failing the request.
        insuranceLimiter: new RateLimiterMemory({
          keyPrefix: name,
          points,
          duration: windowSeconds,
        }),
      })
    byPoints.set(points, limiter)
    return limiter
  }
  return async (pool, key) => {
    try {
      await limiterFor(pool, typeof limit === 'number' ? limit : limit()).consume(hashed(key))
      return { ok: true }
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal
      return { ok: false, retryAfter: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) }
    }
  }
}

/**
 * The client's address as the limits count it (src/api/clientAddress.ts). An IPv6 client
 * counts by its /64, one subscriber's network: whoever has one address there has 2^64.
 */
export function clientAddress(headers: Headers): string {
  const address = requestClientAddress(headers)
  if (!ipaddr.IPv6.isValid(address)) return address
  return `${ipaddr.IPv6.networkAddressFromCIDR(`${address}/64`).toString()}/64`
}
