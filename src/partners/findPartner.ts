import type { Payload } from 'payload'

import type { Partner } from '@/payload-types'

import { hashKey } from './keys'

/** What a request knows of its partner. */
export type KeyHolder = Pick<Partner, 'id' | 'name' | 'active' | 'scopeClusters' | 'scopeLocales'>

type Cached = { partner: KeyHolder | null; expiresAt: number }

/**
 * Every partner request needs its partner; the answer is kept for a few seconds per process,
 * which bounds how long a revoked key still works on another instance.
 */
const cacheMs = 5_000
const cache = new Map<string, Cached>()

export async function findPartnerByKey(payload: Payload, key: string): Promise<KeyHolder | null> {
  const hash = hashKey(key)
  const hit = cache.get(hash)
  if (hit && hit.expiresAt > Date.now()) return hit.partner
  const partner = await lookUp(payload, hash)
  if (cache.size > 1_000) cache.clear()
  cache.set(hash, { partner, expiresAt: Date.now() + cacheMs })
  return partner
}

/** This instance forgets what it knew at once; others within `cacheMs`. */
export const forgetPartners = (): void => cache.clear()

async function lookUp(payload: Payload, hash: string): Promise<KeyHolder | null> {
  const { docs } = await payload.find({
    collection: 'partners',
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    // What the request needs of its partner; never its secrets.
    select: { name: true, active: true, scopeClusters: true, scopeLocales: true },
    where: {
      and: [
        { active: { equals: true } },
        {
          or: [
            { apiKeyHash: { equals: hash } },
            {
              and: [
                { previousKeyHash: { equals: hash } },
                { previousKeyExpiresAt: { greater_than: new Date().toISOString() } },
              ],
            },
          ],
        },
      ],
    },
  })
  return docs[0] ?? null
}
