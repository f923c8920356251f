import type { Payload } from 'payload'

import { appPool } from '@/database/pool'

import type { Caller } from './caller'
import { clientAddress, createRateLimit } from './rateLimit'

const setting = (name: string, fallback: number) => () => Number(process.env[name] ?? fallback)

const perAddress = createRateLimit({
  name: 'api',
  limit: setting('API_RATE_LIMIT_PER_MINUTE', 600),
  windowSeconds: 60,
})
const perPartner = createRateLimit({
  name: 'partner',
  limit: setting('PARTNER_RATE_LIMIT_PER_MINUTE', 6_000),
  windowSeconds: 60,
})

/** Partners are counted per key, with a higher limit; everyone else per client address. */
export const rateLimitFor = (payload: Payload, caller: Caller, headers: Headers) =>
  caller.kind === 'partner'
    ? perPartner(appPool(payload), String(caller.partner.id))
    : perAddress(appPool(payload), clientAddress(headers))
