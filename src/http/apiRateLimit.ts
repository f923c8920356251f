import type { Caller } from './caller'
import { clientAddress, createRateLimit } from './rateLimit'

const setting = (name: string, fallback: number) => () => Number(process.env[name] ?? fallback)

const perAddress = createRateLimit({
  limit: setting('API_RATE_LIMIT_PER_MINUTE', 600),
  windowMs: 60_000,
})
const perPartner = createRateLimit({
  limit: setting('PARTNER_RATE_LIMIT_PER_MINUTE', 6_000),
  windowMs: 60_000,
})

/** Partners are counted per key, with a higher limit; everyone else per client address. */
export const rateLimitFor = (caller: Caller, headers: Headers) =>
  caller.kind === 'partner'
    ? perPartner(`partner:${caller.partner.id}`)
    : perAddress(clientAddress(headers))
