import type { SharpDependency } from 'payload'
import sharp from 'sharp'

const defaultMegapixels = 40

/**
 * IMAGE_MAX_MEGAPIXELS (40). sharp holds a decoded image in memory at up to 4 bytes a pixel,
 * whatever the size of its file: 40 megapixels is about 160 MB while the sizes are made.
 */
export function maxImageMegapixels(): number {
  const value = Number(process.env.IMAGE_MAX_MEGAPIXELS ?? defaultMegapixels)
  if (!(value > 0)) {
    throw new Error(
      `IMAGE_MAX_MEGAPIXELS must be a positive number, not "${process.env.IMAGE_MAX_MEGAPIXELS}".`,
    )
  }
  return value
}

/**
 * Payload's sharp, which refuses to decode an image over the limit wherever Payload reads one:
 * uploads, files fetched from a URL, crops of stored files. The media collection answers an
 * upload over the limit with its reason before this is reached.
 */
export const limitedSharp: SharpDependency = (input, options) =>
  sharp(input, { ...options, limitInputPixels: Math.floor(maxImageMegapixels() * 1_000_000) })
