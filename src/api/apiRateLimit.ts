import type { Payload } from 'payload'

import { appPool } from '@/platform/database/pool'
import { clientAddress, createRateLimit } from '@/platform/rateLimit'
import { settings } from '@/platform/settings'

import type { Caller } from './caller'

const perAddress = createRateLimit({
  name: 'api',
  limit: () => settings.rateLimits.perAddressPerMinute,
  windowSeconds: 60,
})
const perPartner = createRateLimit({
  name: 'partner',
  limit: () => settings.rateLimits.perPartnerPerMinute,
  windowSeconds: 60,
})

/** Partners are counted per key, with a higher limit; everyone else per client address. */
export const rateLimitFor = (payload: Payload, caller: Caller, headers: Headers) =>
  caller.kind === 'partner'
    ? perPartner(appPool(payload), String(caller.partner.id))
    : perAddress(appPool(payload), clientAddress(headers))
