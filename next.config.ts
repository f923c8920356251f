import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { securityHeaders } from './src/http/securityHeaders'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  async headers() {
    return securityHeaders
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
