const isProduction = process.env.NODE_ENV === 'production'

const everywhere = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ...(isProduction
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
    : []),
]

// API answers are data, never documents: an uploaded file opened directly cannot run script.
const apiOnly = [
  { key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" },
]

/** Response headers for Next's `headers()`; the GraphQL playground (development only) needs script. */
export const securityHeaders = [
  { source: '/:path*', headers: everywhere },
  { source: '/api/:path((?!graphql-playground).*)', headers: apiOnly },
]
