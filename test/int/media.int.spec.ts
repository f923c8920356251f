import { rm } from 'node:fs/promises'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'

import { login, rest } from '../helpers/api'
import { bootPayload } from '../helpers/payload'
import { createUser, testPassword } from '../helpers/users'

let payload: Payload
let token: string

const png = (width: number, background = '#1e5aa0') =>
  sharp({ create: { width, height: width / 2, channels: 3, background } })
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

describe('the file of a media item', () => {
  let translatorToken: string
  beforeAll(async () => {
    translatorToken = await login((await createUser(payload, 'translator')).email, testPassword)
  })

  const formWith = (fields: Record<string, string>, file?: Buffer) => {
    const form = new FormData()
    if (file)
      form.append('file', new Blob([new Uint8Array(file)], { type: 'image/png' }), 'uusi.png')
    form.append('_payload', JSON.stringify(fields))
    return form
  }
  // Sizes larger than the image are not made.
  const names = (doc: Media) =>
    [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)].filter(
      (name): name is string => Boolean(name),
    )
  const served = async (filename: string) => {
    const response = await rest(`media/file/${filename}`)
    return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) }
  }
  /** The stored row and the bytes of each of its files, to compare before and after. */
  const snapshot = async (id: number) => {
    const doc = await payload.findByID({ collection: 'media', id, locale: 'all' })
    const files = await Promise.all(names(doc).map(served))
    return { doc, files }
  }
  const created = async () => {
    const response = await upload(await png(1000), 'revontulet.png', 'image/png', {
      alt: 'Revontulet',
    })
    return ((await response.json()) as { doc: Media }).doc
  }
  const reason = async (response: Response) =>
    ((await response.json()) as { errors: { message: string }[] }).errors[0]!.message

  it('is not replaced or edited by a translator, who still translates its texts', async () => {
    const item = await created()
    const before = await snapshot(item.id)
    expect(before.files.map((file) => file.status)).toEqual([200, 200, 200])

    const replaced = await rest(`media/${item.id}?locale=sv`, {
      method: 'PATCH',
      token: translatorToken,
      body: formWith({ alt: 'Norrsken' }, await png(1200, '#ff0000')),
    })
    expect(replaced.status).toBe(403)
    const crop =
      'uploadEdits[crop][x]=0&uploadEdits[crop][y]=0&uploadEdits[heightInPixels]=250&uploadEdits[widthInPixels]=500'
    const cropped = await rest(`media/${item.id}?locale=sv&${crop}`, {
      method: 'PATCH',
      token: translatorToken,
      headers: { 'Accept-Language': 'sv' },
      body: { alt: 'Norrsken' },
    })
    expect(cropped.status).toBe(403)
    expect(await reason(cropped)).toBe(
      'Du får inte byta ut eller redigera bilden i en mediefil. Skicka bara texterna, utan fil.',
    )
    expect(await snapshot(item.id)).toEqual(before)

    const translated = await rest(`media/${item.id}?locale=sv`, {
      method: 'PATCH',
      token: translatorToken,
      body: { alt: 'Norrsken' },
    })
    expect(translated.status).toBe(200)
    expect((await payload.findByID({ collection: 'media', id: item.id, locale: 'sv' })).alt).toBe(
      'Norrsken',
    )
  })

  it('replaced by an editor is served in full, and a refused replacement keeps the old one', async () => {
    const item = await created()
    const before = await snapshot(item.id)

    // Swedish has no alt text yet, and none is sent: the save is refused after Payload has
    // already deleted the stored files.
    const refused = await rest(`media/${item.id}?locale=sv`, {
      method: 'PATCH',
      token,
      body: formWith({}, await png(1200, '#ff0000')),
    })
    expect(refused.status).toBe(400)
    expect(await snapshot(item.id)).toEqual(before)

    const replacement = await png(1200, '#00a050')
    const replaced = await rest(`media/${item.id}?locale=fi`, {
      method: 'PATCH',
      token,
      body: formWith({}, replacement),
    })
    expect(replaced.status).toBe(200)
    const after = await snapshot(item.id)
    expect(after.doc).toMatchObject({ alt: { fi: 'Revontulet' }, width: 1200, height: 600 })
    expect(after.files.map((file) => file.status)).toEqual([200, 200, 200])
    expect(after.files[0]!.bytes.equals(replacement)).toBe(true)
    for (const name of names(before.doc)) expect((await served(name)).status, name).toBe(404)
  })

  it('that is missing answers 404 with the reason, not 500', async () => {
    const missing = await rest('media/file/ei-ole.png', { headers: { 'Accept-Language': 'fi' } })
    expect(missing.status).toBe(404)
    expect(await reason(missing)).toBe('Tiedostoa ei-ole.png ei ole.')

    const item = await created()
    await rm(`media/${item.filename}`)
    expect((await served(item.filename!)).status).toBe(404)
    expect((await served(item.sizes!.card!.filename!)).status).toBe(200)
  })
})
