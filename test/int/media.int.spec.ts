import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login, rest } from '../helpers/api'
import { bootPayload } from '../helpers/payload'
import { createUser, testPassword } from '../helpers/users'

let payload: Payload
let token: string

const png = (width: number) =>
  sharp({ create: { width, height: width / 2, channels: 3, background: '#1e5aa0' } })
    .png()
    .toBuffer()

beforeAll(async () => {
  payload = await bootPayload()
  const editor = await createUser(payload, 'editor')
  token = await login(editor.email, testPassword)
})

afterAll(async () => {
  await payload.destroy()
})

function upload(file: Buffer, name: string, type: string, fields: Record<string, string>) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type }), name)
  form.append('_payload', JSON.stringify(fields))
  return rest('media?locale=fi', { method: 'POST', body: form, token })
}

describe('media', () => {
  it('stores an image with its alt text and makes the three sizes', async () => {
    const response = await upload(await png(2000), 'tunturi.png', 'image/png', {
      alt: 'Tunturimaisema talvella',
      credit: 'Lapin liitto',
    })
    expect(response.status).toBe(201)
    const { doc } = await response.json()
    expect(doc.alt).toBe('Tunturimaisema talvella')
    expect(doc.sizes.thumbnail.width).toBe(400)
    expect(doc.sizes.card.width).toBe(800)
    expect(doc.sizes.hero.width).toBe(1600)

    const anonymous = await rest(`media/${doc.id}?locale=fi`)
    expect((await anonymous.json()).alt).toBe('Tunturimaisema talvella')
  })

  it('refuses an image without alt text, and files that are not raster images', async () => {
    const withoutAlt = await upload(await png(100), 'ilman.png', 'image/png', {})
    expect(withoutAlt.status).toBe(400)

    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    const script = await upload(svg, 'x.svg', 'image/svg+xml', { alt: 'x' })
    expect(script.status).toBe(400)
  })

  it('anonymous visitors cannot upload', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await png(100))], { type: 'image/png' }), 'a.png')
    form.append('_payload', JSON.stringify({ alt: 'x' }))
    expect((await rest('media', { method: 'POST', body: form })).status).toBe(403)
  })
})
