import type { FieldHook } from 'payload'

import type { News } from '@/payload-types'

/** Stamps the first publication, so lists and feeds sort by when readers first saw the item. */
export const setPublishedAt: FieldHook<News, string | null | undefined> = ({ data, value }) =>
  !value && data?._status === 'published' ? new Date().toISOString() : value
