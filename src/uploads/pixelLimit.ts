import type { SharpDependency } from 'payload'
import sharp from 'sharp'

import { settings } from '@/platform/settings'

/**
 * IMAGE_MAX_MEGAPIXELS: sharp holds a decoded image in memory at up to 4 bytes a pixel,
 * whatever the size of its file, so 40 megapixels is about 160 MB while the sizes are made.
 * Payload's sharp, which refuses to decode an image over the limit wherever Payload reads one:
 * uploads, files fetched from a URL, crops of stored files. The media collection answers an
 * upload over the limit with its reason before this is reached.
 */
export const limitedSharp: SharpDependency = (input, options) =>
  sharp(input, {
    ...options,
    limitInputPixels: Math.floor(settings.media.maxMegapixels * 1_000_000),
  })
