import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type {
  CollectionAfterErrorHook,
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
  Where,
} from 'payload'

import { uploadDir } from '@collections/Media/uploadDir'

import { changesFile } from './guardFileChanges'

/** Copies of the files a save replaces: `dir/<n>` holds `files[n]`. */
type Kept = { dir: string; files: string[] }
type StoredFiles = { filename?: string | null; sizes?: Record<string, { filename?: string | null }> }

const contextKey = 'previousMediaFiles'

/**
 * Payload deletes an item's files before it validates the save that replaces them (see
 * updateDocument in payload's collections/operations/utilities/update.js): a replacement refused
 * for a missing alt text, or failing later, leaves the item pointing at files that are gone. So
 * copies are kept until the save is through and put back when it fails (Payload runs afterError
 * hooks for API requests; no Local API caller of ours replaces files). Object storage needs none:
 * its plugin deletes the old objects only after the save.
 */
export const keepPreviousFiles: CollectionBeforeOperationHook<'media'> = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const { upload } = collection
  if (operation !== 'update' || !changesFile(req) || upload.disableLocalStorage) return args
  const { id, where } = args as { id?: number | string; where?: Where }
  const { docs } = await req.payload.find({
    collection: collection.slug,
    where: id === undefined ? where : { id: { equals: id } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const names = (docs as StoredFiles[]).flatMap((doc) => [
    doc.filename,
    ...Object.values(doc.sizes ?? {}).map((size) => size.filename),
  ])
  const kept: Kept = { dir: await mkdtemp(path.join(tmpdir(), 'media-replaced-')), files: [] }
  req.context[contextKey] = kept
  for (const name of names) {
    if (!name) continue
    const file = path.resolve(uploadDir(collection), name)
    const copied = await copyFile(file, path.join(kept.dir, String(kept.files.length))).then(
      () => true,
      () => false, // already missing: nothing to keep
    )
    if (copied) kept.files.push(file)
  }
  return args
}

async function forget(req: PayloadRequest) {
  const kept = req.context[contextKey] as Kept | undefined
  if (!kept) return
  delete req.context[contextKey]
  await rm(kept.dir, { recursive: true, force: true })
}

/** The save went through: the previous files are gone for good. */
export const dropPreviousFiles: CollectionAfterOperationHook<'media'> = async ({
  operation,
  req,
  result,
}) => {
  if (operation === 'update' || operation === 'updateByID') await forget(req)
  return result
}

/** The save failed and was rolled back: the item names its previous files again. */
export const restorePreviousFiles: CollectionAfterErrorHook = async ({ req }) => {
  const kept = req.context[contextKey] as Kept | undefined
  if (!kept) return
  await Promise.all(
    kept.files.map((file, index) => copyFile(path.join(kept.dir, String(index)), file)),
  )
  await forget(req)
}
