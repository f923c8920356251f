import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { UploadConfig } from 'payload'

import { clientErrorResponse } from '@/platform/problems'

import { uploadDir } from './uploadDir'

type FileHandler = NonNullable<UploadConfig['handlers']>[number]

/**
 * Payload answers a file missing from the disk with a 500 (uploads/endpoints/getFile.js): it is
 * a 404. On object storage the storage plugin's handler answers, with a 404 of its own.
 * (Payload types a handler's answer as always or never a Response; it checks which at run time.)
 */
export const missingFileIsNotFound = (async (req, { params }) => {
  const { config } = req.payload.collections.media
  if (config.upload.disableLocalStorage) return
  const dir = uploadDir(config)
  const file = path.resolve(dir, params.filename)
  // A name outside the folder is Payload's to refuse.
  if (!file.startsWith(dir + path.sep)) return
  if ((await stat(file).catch(() => undefined))?.isFile()) return
  return clientErrorResponse(req.headers, 'api.fileNotFound', { filename: params.filename }, 404)
}) as FileHandler
