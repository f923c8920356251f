import type {
  CollectionSlug,
  Payload,
  PayloadRequest,
  RequiredDataFromCollectionSlug,
} from 'payload'

import { defaultLocale, locales } from '@/i18n/locales'

import type { Localized } from './data/localized'

type Args<Slug extends CollectionSlug> = {
  payload: Payload
  req: PayloadRequest
  collection: Slug
  shared: Partial<RequiredDataFromCollectionSlug<Slug>>
  localized: Localized<Partial<RequiredDataFromCollectionSlug<Slug>>>
}

/** Creates a document in the source language, then writes its other translations. */
export async function createInAllLocales<Slug extends CollectionSlug>({
  payload,
  req,
  collection,
  shared,
  localized,
}: Args<Slug>): Promise<number | string> {
  const created = await payload.create({
    collection,
    req,
    locale: defaultLocale,
    data: { ...shared, ...localized[defaultLocale] } as RequiredDataFromCollectionSlug<Slug>,
  })
  for (const locale of locales.filter((code) => code !== defaultLocale)) {
    await payload.update({
      collection,
      req,
      id: created.id,
      locale,
      // Payload's generic update types cannot follow `Slug`; `localized` is typed by it above.
      data: {
        ...localized[locale],
        ...('_status' in shared ? { _status: shared._status } : {}),
      } as never,
    })
  }
  return created.id
}
