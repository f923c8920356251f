import { draftMode, headers } from 'next/headers'
import { getPayload, type Payload } from 'payload'
import { cache } from 'react'

import type { User } from '@/payload-types'
import config from '@payload-config'

/** Who the page reads content as: an anonymous reader, or an editor previewing drafts. */
export type Reader = { payload: Payload; preview: User | null }

/**
 * The visitor, once per request. Draft mode alone opens nothing: only a newsroom user signed
 * in with the admin UI's cookie previews, and reads with their own access rights.
 */
export const getReader = cache(async (): Promise<Reader> => {
  const payload = await getPayload({ config })
  if (!(await draftMode()).isEnabled) return { payload, preview: null }
  const { user } = await payload.auth({ headers: await headers() })
  return { payload, preview: user?.collection === 'users' ? user : null }
})

/**
 * Local API options of a read: access rules apply; an anonymous reader gets published content
 * only, an editor in preview the newest draft with their own rights.
 */
export const readAs = ({ preview }: Reader) =>
  ({
    overrideAccess: false,
    user: preview ?? undefined,
    draft: Boolean(preview),
  }) as const
