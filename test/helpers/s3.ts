import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import S3rver from 's3rver'

/** s3rver's fixed credentials: it checks request signatures against these. */
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

export type S3Server = {
  endpoint: string
  bucket: string
  /** What the app reads to store media there (see src/storage/mediaStorage.ts). */
  env: Record<string, string>
  close: () => Promise<void>
}

/** A real S3-compatible server (npm `s3rver`) on a free port, with an empty bucket. */
export async function startS3Server(bucket = 'arctic-media'): Promise<S3Server> {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'arctic-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  return {
    endpoint,
    bucket,
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: credentials.accessKeyId,
      S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    },
    close: async () => {
      await server.close()
      rmSync(directory, { recursive: true, force: true })
    },
  }
}

export const s3ClientConfig = (server: S3Server) => ({
  endpoint: server.endpoint,
  region: 'us-east-1',
  forcePathStyle: true,
  credentials,
})
