import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { mayAtAll } from '@/access/enforce'
import { permissions } from '@/access/permissions'
import { clientError } from '@/platform/problems'

/** Who may replace the stored file, or crop, resize or refocus it: never translators. */
export const mayReplaceFile = (req: PayloadRequest): boolean =>
  mayAtAll(req, permissions.media.replaceFile)

/** Whether a save writes the stored file: a new one, or an edit of it (`uploadEdits`). */
export const changesFile = (req: PayloadRequest): boolean =>
  Boolean(req.file) || Boolean(req.query?.uploadEdits)

/**
 * The file is shared by every language. Payload deletes the stored file before the collection's
 * hooks see the save; a translator's save then keeps the old name (what is not localized stays
 * as it was), and the item points at a file that is gone.
 */
export const guardFileChanges: CollectionBeforeOperationHook<'media'> = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'update' || overrideAccess || !changesFile(req) || mayReplaceFile(req)) {
    return args
  }
  throw clientError(req.headers, 'api.fileChangeForbidden', undefined, 403)
}
