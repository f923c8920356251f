import type { MetadataRoute } from 'next'

import { absoluteUrl } from '@/platform/urls'

// SERVER_URL is read when the site runs, not when it is built.
export const dynamic = 'force-dynamic'

/** /robots.txt: the public site is open to crawlers; the admin and preview doors are not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/next/'] },
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
