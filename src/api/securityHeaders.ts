// Relative: next.config.ts loads this file outside the bundler, where `@/` means nothing.
// eslint-disable-next-line no-restricted-imports
import { settings } from '../platform/settings'

const everywhere = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ...(settings.production
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
    : []),
]

// API answers are data, never documents: an uploaded file opened directly cannot run script.
const apiOnly = [
  { key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" },
]

/**
 * Response headers for Next's `headers()`; the GraphQL playground (development only) needs
 * script. The subscriber pages and the issue preview are documents: each brings a policy of its
 * own with exactly its styles (src/email/page.ts), which a second, stricter one would cancel.
 */
export const securityHeaders = [
  { source: '/:path*', headers: everywhere },
  {
    source:
      '/api/:path((?!graphql-playground|newsletter/(?:confirm|unsubscribe|manage)$|newsletters/[^/]+/preview$).*)',
    headers: apiOnly,
  },
]

/** The pages under a policy of their own: the public site, and Payload's admin UI. */
export type PageArea = 'site' | 'admin'

export const pageAreaOf = (pathname: string): PageArea =>
  /^\/admin(?:\/|$)/.test(pathname) ? 'admin' : 'site'

/** Media files on object storage are read from the bucket's public address (mediaStorage). */
const mediaOrigins = settings.media.publicUrl ? [new URL(settings.media.publicUrl).origin] : []

// Payload's JSON and code fields load the Monaco editor's styles and font from this CDN.
const monacoCdn = 'https://cdn.jsdelivr.net'

/**
 * The Content-Security-Policy of a page with this response's nonce (src/proxy.ts makes one per
 * request; Next reads it from the request's policy and puts it on its own scripts). A script
 * runs only with the nonce or when such a script loads it ('strict-dynamic'): an injected
 * `<script>`, inline handler or `javascript:` link does not. `next dev` adds 'unsafe-eval'
 * (React rebuilds server error stacks with it) and inline styles (its error overlay brings
 * its own); production never has them. The admin UI sets inline styles (its own and
 * react-select's) in production too, so its styles cannot be held to a nonce.
 */
export function pagePolicy(
  area: PageArea,
  nonce: string,
  development = settings.development,
): string {
  const admin = area === 'admin'
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': [
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(development ? ["'unsafe-eval'"] : []),
    ],
    'style-src': admin
      ? ["'self'", "'unsafe-inline'", monacoCdn]
      : ["'self'", development ? "'unsafe-inline'" : `'nonce-${nonce}'`],
    // The admin previews uploads from blob: and data: addresses before they are saved.
    'img-src': ["'self'", ...mediaOrigins, ...(admin ? ['blob:', 'data:'] : [])],
    'font-src': ["'self'", ...(admin ? [monacoCdn] : [])],
    'connect-src': ["'self'"],
    ...(admin ? { 'worker-src': ["'self'", 'blob:'] } : {}),
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'self'"],
  }
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')
}
