import type { Payload } from 'payload'

import { settings } from '@/platform/settings'

/**
 * The origins whose browsers may send credentials: this newsroom's own and those an admin
 * listed for an active partner, kept for a while per process since every browser request asks.
 */
const cacheMs = 30_000
let trusted: { origins: Set<string>; expiresAt: number } | undefined

export const forgetPartnerOrigins = (): void => {
  trusted = undefined
}

export async function trustedOrigins(payload: Payload): Promise<Set<string>> {
  if (trusted && trusted.expiresAt > Date.now()) return trusted.origins
  const { docs } = await payload.find({
    collection: 'partners',
    where: { active: { equals: true } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { allowedOrigins: true },
  })
  const origins = new Set(docs.flatMap((partner) => partner.allowedOrigins ?? []))
  const own = settings.configuredServerUrl
  if (own) origins.add(new URL(own).origin)
  trusted = { origins, expiresAt: Date.now() + cacheMs }
  return origins
}
