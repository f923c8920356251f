import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

/**
 * Media on S3-compatible object storage when `S3_BUCKET` is set, on local disk (`media/`)
 * otherwise. Several app instances need the former: a file one instance wrote to its own disk
 * is not on the others'.
 *
 * The plugin is always registered, enabled or not, with `alwaysInsertFields`: its `prefix` and
 * `_objectKey` columns then exist either way, so the committed migrations fit both setups.
 */
export function mediaStorage(env: NodeJS.ProcessEnv = process.env): Plugin {
  const bucket = env.S3_BUCKET
  const publicUrl = env.S3_PUBLIC_URL?.replace(/\/+$/, '')
  const credentials =
    env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
      ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
      : undefined // the AWS SDK's own chain: instance or pod role, AWS_* variables, profiles
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
      region: env.S3_REGION ?? 'us-east-1',
      endpoint: env.S3_ENDPOINT || undefined,
      forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
      credentials,
    },
  })
}
