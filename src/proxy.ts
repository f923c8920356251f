import { NextResponse, type NextRequest } from 'next/server'

import { pageAreaOf, pagePolicy } from '@/api/securityHeaders'

/**
 * Every page (the public site and the admin UI) gets a Content-Security-Policy with a fresh
 * nonce. Next puts the nonce on its own scripts when it finds it in the request's policy, which
 * needs pages rendered per request: ours all are (they read the database and the preview
 * cookie). The API keeps its own `default-src 'none'` (next.config.ts).
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const policy = pagePolicy(pageAreaOf(request.nextUrl.pathname), nonce)
  const headers = new Headers(request.headers)
  headers.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

export const config = {
  matcher: [
    {
      // Not the API, built assets or the icon; not prefetches (no document is rendered).
      source: '/((?!api/|_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
}
