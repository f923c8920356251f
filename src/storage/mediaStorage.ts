import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { settings } from '@/platform/settings'

/**
 * Media on S3-compatible object storage when `S3_BUCKET` is set, on local disk (`media/`)
 * otherwise. Several app instances need the former: a file one instance wrote to its own disk
 * is not on the others'.
 *
 * The plugin is always registered, enabled or not, with `alwaysInsertFields`: its `prefix` and
 * `_objectKey` columns then exist either way, so the committed migrations fit both setups.
 */
export function mediaStorage(): Plugin {
  const { bucket, publicUrl } = settings.media
  return s3Storage({
    enabled: Boolean(bucket),
    alwaysInsertFields: true,
    bucket: bucket ?? '',
    collections: {
      media: publicUrl
        ? {
            // Readers fetch files from the bucket or its CDN, not through the app. Fine for
            // media, which anyone may read anyway.
            disablePayloadAccessControl: true,
            generateFileURL: ({ filename, prefix }) =>
              [publicUrl, prefix, filename].filter(Boolean).join('/'),
          }
        : true,
    },
    config: {
      region: settings.media.region,
      endpoint: settings.media.endpoint,
      forcePathStyle: settings.media.forcePathStyle,
      // Unset: the AWS SDK's own chain (instance or pod role, AWS_* variables, profiles).
      credentials: settings.media.credentials,
    },
  })
}
