import type { CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import { languageFromHeader } from '@/i18n'
import { clientError } from '@/platform/problems'
import { settings } from '@/platform/settings'

/**
 * An image is measured from its header before Payload decodes it: a small file can hold a
 * huge image. Every frame of an animated one is decoded, so frames count.
 */
export const limitImagePixels: CollectionBeforeOperationHook<'media'> = async ({
  args,
  operation,
  req,
}) => {
  const { file } = req
  if ((operation !== 'create' && operation !== 'update') || !file) return args
  const image = await sharp(file.tempFilePath || file.data)
    .metadata()
    .catch(() => undefined)
  // Not an image sharp can read: Payload's own type check answers.
  if (!image?.width || !image.height) return args
  const megapixels = (image.width * image.height * (image.pages ?? 1)) / 1_000_000
  const max = settings.media.maxMegapixels
  if (megapixels <= max) return args
  const { headers } = req
  const number = new Intl.NumberFormat(languageFromHeader(headers.get('accept-language')), {
    maximumFractionDigits: 1,
  })
  throw clientError(
    headers,
    'api.imageTooLarge',
    {
      width: number.format(image.width),
      height: number.format(image.height),
      // Rounded up, so that an image just over the limit does not read as at it.
      megapixels: number.format(Math.ceil(megapixels * 10) / 10),
      max: number.format(max),
    },
    413,
  )
}
