import { crc32, deflateSync } from 'node:zlib'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'
import { limitedSharp } from '@/uploads/pixelLimit'

import { login, rest } from '../helpers/api'
import { bootPayload } from '../helpers/payload'
import { createUser, testPassword } from '../helpers/users'

let payload: Payload
let token: string

beforeAll(async () => {
  payload = await bootPayload()
  token = await login((await createUser(payload, 'editor')).email, testPassword)
})

afterAll(async () => {
  await payload.destroy()
})

/**
 * A black PNG of any size, written by hand: one bit a pixel, and rows of zeros deflate to
 * almost nothing, so 10,000 × 10,000 pixels take about 10 KB.
 */
function blackPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([1, 0, 0, 0, 0], 8) // bit depth 1, greyscale, deflate, no filter, no interlace
  // Each row: filter byte 0, then the row's bits.
  const pixels = Buffer.alloc((1 + Math.ceil(width / 8)) * height)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** Three different frames of 800 × 500. */
function animatedGif() {
  const frame = 800 * 500 * 3
  const raw = Buffer.alloc(frame * 3)
  for (let page = 0; page < 3; page++) raw.fill(page * 100, page * frame, (page + 1) * frame)
  return sharp(raw, { raw: { width: 800, height: 1500, channels: 3, pageHeight: 500 } })
    .gif()
    .toBuffer()
}

const form = (file: Buffer, type: string, fields: Record<string, string> = { alt: 'Kuva' }) => {
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(file)], { type }), 'kuva')
  body.append('_payload', JSON.stringify(fields))
  return body
}
const create = (file: Buffer, type = 'image/png', language = 'en') =>
  rest('media?locale=fi', {
    method: 'POST',
    body: form(file, type),
    token,
    headers: { 'Accept-Language': language },
  })
const reason = async (response: Response) =>
  ((await response.json()) as { errors: { message: string }[] }).errors[0]!.message
const mediaCount = async () => (await payload.count({ collection: 'media' })).totalDocs

describe('images', () => {
  it('over 40 megapixels are refused from their header, however small the file', async () => {
    const huge = blackPng(10_000, 10_000)
    expect(huge.length).toBeLessThan(50_000)
    expect(await sharp(huge).metadata()).toMatchObject({ width: 10_000, height: 10_000 })

    const refused = await create(huge, 'image/png', 'fi')
    expect(refused.status).toBe(413)
    expect(await reason(refused)).toBe(
      'Kuva on 10\u00a0000 × 10\u00a0000 pikseliä (100 megapikseliä); enintään 40 megapikseliä hyväksytään.',
    )
    expect(await mediaCount()).toBe(0)

    // Nor can it replace the file of an item that exists.
    const item = ((await (await create(blackPng(2000, 1000))).json()) as { doc: Media }).doc
    const replaced = await rest(`media/${item.id}?locale=fi`, {
      method: 'PATCH',
      body: form(huge, 'image/png', {}),
      token,
    })
    expect(replaced.status).toBe(413)
    const after = await payload.findByID({ collection: 'media', id: item.id })
    expect(after).toMatchObject({ filename: item.filename, width: 2000, height: 1000 })
    expect((await rest(`media/file/${item.filename}`)).status).toBe(200)
  })

  it('are limited by IMAGE_MAX_MEGAPIXELS, every frame of an animation counted', async () => {
    process.env.IMAGE_MAX_MEGAPIXELS = '1'
    try {
      const before = await mediaCount()
      const still = await create(blackPng(1000, 1000))
      expect(still.status).toBe(201)
      const animated = await create(await animatedGif(), 'image/gif', 'sv')
      expect(animated.status).toBe(413)
      expect(await reason(animated)).toBe(
        'Bilden är 800 × 500 pixlar (1,2 megapixlar); högst 1 megapixlar godtas.',
      )
      expect(await mediaCount()).toBe(before + 1)
    } finally {
      delete process.env.IMAGE_MAX_MEGAPIXELS
    }
  })

  it('over the limit are not decoded by Payload’s sharp either (remote files, crops)', async () => {
    expect(payload.config.sharp).toBe(limitedSharp)
    await expect(limitedSharp(blackPng(10_000, 10_000)).toBuffer()).rejects.toThrow(
      /exceeds pixel limit/,
    )
    expect((await limitedSharp(blackPng(2000, 1000)).metadata()).width).toBe(2000)
  })
})
