import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type * as Api from '../helpers/api'
import { startS3Server, s3ClientConfig, type S3Server } from '../helpers/s3'

/**
 * Media on S3-compatible object storage: a real S3 server (s3rver) over HTTP, with the AWS
 * SDK on both sides. The config reads the S3 variables when imported, so it is imported after
 * they are set.
 */
let s3: S3Server
let client: S3Client
let payload: Payload
let api: typeof Api
let token: string

beforeAll(async () => {
  s3 = await startS3Server()
  Object.assign(process.env, s3.env)
  client = new S3Client(s3ClientConfig(s3))
  const { bootPayload } = await import('../helpers/payload')
  const { createUser, testPassword } = await import('../helpers/users')
  api = await import('../helpers/api')
  payload = await bootPayload()
  const editor = await createUser(payload, 'editor')
  token = await api.login(editor.email, testPassword)
})

afterAll(async () => {
  await payload?.destroy()
  client?.destroy()
  await s3?.close()
})

const objectBytes = async (key: string) => {
  const object = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }))
  return Buffer.from(await object.Body!.transformToByteArray())
}

const apiPath = (url: string) => new URL(url).pathname.replace(/^\/api\//, '')

describe('media on S3-compatible storage', () => {
  it('stores an upload and its sizes in the bucket, and serves them at the file URLs', async () => {
    const original = await sharp({
      create: { width: 1800, height: 900, channels: 3, background: '#1e5aa0' },
    })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(original)], { type: 'image/png' }),
      'revontulet.png',
    )
    form.append('_payload', JSON.stringify({ alt: 'Revontulet Inarissa' }))
    const created = await api.rest('media?locale=fi', { method: 'POST', body: form, token })
    expect(created.status).toBe(201)
    const { doc } = await created.json()

    // The bucket holds exactly the uploaded bytes, and a resized copy per size.
    expect((await objectBytes(doc.filename)).equals(original)).toBe(true)
    for (const size of ['thumbnail', 'card', 'hero'] as const) {
      const head = await client.send(
        new HeadObjectCommand({ Bucket: s3.bucket, Key: doc.sizes[size].filename }),
      )
      expect(head.ContentLength).toBe(doc.sizes[size].filesize)
    }

    // Nothing was written to local disk: a second instance could not have served it.
    const { existsSync } = await import('node:fs')
    expect(existsSync(`media/${doc.filename}`)).toBe(false)

    // The file URL is served by Payload, which reads the object from the bucket.
    expect(doc.url).toBe(`${process.env.SERVER_URL}/api/media/file/${doc.filename}`)
    const served = await api.rest(apiPath(doc.url))
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals(original)).toBe(true)
    const thumbnail = await api.rest(apiPath(doc.sizes.thumbnail.url))
    expect((await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata()).width).toBe(400)
  })

  it('deletes the objects with the document', async () => {
    const form = new FormData()
    const png = await sharp({
      create: { width: 500, height: 250, channels: 3, background: '#fff' },
    })
      .png()
      .toBuffer()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'poistuva.png')
    form.append('_payload', JSON.stringify({ alt: 'Poistuva kuva' }))
    const { doc } = await (
      await api.rest('media?locale=fi', { method: 'POST', body: form, token })
    ).json()
    expect((await objectBytes(doc.filename)).length).toBe(png.length)

    const deleted = await api.rest(`media/${doc.id}`, { method: 'DELETE', token })
    expect(deleted.status).toBe(200)
    await expect(objectBytes(doc.filename)).rejects.toThrow()
  })
})
