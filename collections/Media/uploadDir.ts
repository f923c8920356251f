import path from 'node:path'

import type { SanitizedCollectionConfig } from 'payload'

/** The folder of a collection's files on local disk, as Payload resolves it. */
export const uploadDir = ({ slug, upload }: SanitizedCollectionConfig): string =>
  path.resolve(upload.staticDir || slug)
