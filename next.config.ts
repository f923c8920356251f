import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { securityHeaders } from './src/api/securityHeaders'
import { devHosts } from './src/platform/adminOrigins'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `next dev` serves its scripts to these hosts only: the admin elsewhere is a white page.
  allowedDevOrigins: devHosts(),
  // `npm test` type-checks the whole project before it builds for the production test.
  typescript: { ignoreBuildErrors: process.env.BUILD_SKIPS_TYPECHECK === 'true' },
  experimental: {
    // `next start` otherwise loads every route's server code when it starts, the admin's too,
    // blocking the event loop ~2 s and holding ~300 MB an instance that serves only the site
    // and the API never uses. Routes now load on their first request; `npm start` makes those
    // for the API and the site before it listens (src/server/httpServer.ts).
    preloadEntriesOnStart: false,
  },
  async headers() {
    return securityHeaders
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
