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
  async headers() {
    return securityHeaders
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
