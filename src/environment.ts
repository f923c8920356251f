const isProduction = process.env.NODE_ENV === 'production'
const isBuilding = process.env.NEXT_PHASE === 'phase-production-build'

/** Development gets a fixed secret so `npm run dev` needs no setup; production must bring its own. */
export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  if (isProduction && !isBuilding) {
    throw new Error('PAYLOAD_SECRET must be set in production (a long random string).')
  }
  return 'arctic-newsroom-development-only-secret'
}

/** Set by `npm run dev` (embedded PostgreSQL), the tests, or the environment. */
export function databaseUri(): string {
  const uri = process.env.DATABASE_URI
  if (uri || isBuilding) return uri ?? ''
  throw new Error(
    'DATABASE_URI is not set. Start with `npm run dev` (it starts an embedded PostgreSQL) or set DATABASE_URI.',
  )
}
