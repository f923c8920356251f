import type { RequiredDataFromCollectionSlug } from 'payload'

import type { News } from '../../src/payload-types'

/** News data without a slug, which the slug field's hook generates from the title. */
export const newsData = (data: Partial<News>) => data as RequiredDataFromCollectionSlug<'news'>
