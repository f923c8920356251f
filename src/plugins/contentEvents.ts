import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  Plugin,
  PayloadRequest,
} from 'payload'

import { announceContentChange } from '@/cache/contentChanges'
import {
  buildEvent,
  publicChanges,
  publicState,
  webhookCollections,
  type PublicState,
  type WebhookCollection,
} from '@/webhooks/events'
import { queueWebhooks } from '@/webhooks/queueWebhooks'

// Cluster impact figures (public, cached) are made from benefits and join requests; the events'
// feeds (cached like every feed) from events.
const publicCollections: string[] = [
  ...webhookCollections,
  'events',
  'media',
  'benefits',
  'joinRequests',
]
const isWebhookCollection = (slug: string): slug is WebhookCollection =>
  (webhookCollections as readonly string[]).includes(slug)

const beforeKey = (collection: string, id: unknown) => `publicStateBefore:${collection}:${id}`

async function rememberState(req: PayloadRequest, collection: string, id: number | string) {
  if (!isWebhookCollection(collection)) return
  req.context[beforeKey(collection, id)] = await publicState(req, collection, id)
}

const rememberBeforeChange: CollectionBeforeChangeHook = async (args) => {
  const { collection, data, operation, originalDoc, req } = args
  if (operation === 'update' && originalDoc?.id)
    await rememberState(req, collection.slug, originalDoc.id)
  return data
}

const rememberBeforeDelete: CollectionBeforeDeleteHook = ({ collection, id, req }) =>
  rememberState(req, collection.slug, id)

/**
 * Tells caches (this instance and, via NOTIFY, the others) and partners' webhooks what the
 * public saw change; a draft saved over a published item changes nothing public.
 */
const announceChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  await announceContentChange(req)
  if (isWebhookCollection(collection.slug)) {
    const after = await publicState(req, collection.slug, doc.id)
    await announce(req, collection.slug, doc.id, after)
  }
  return doc
}

const announceDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await announceContentChange(req)
  if (isWebhookCollection(collection.slug)) await announce(req, collection.slug, Number(id))
}

async function announce(
  req: PayloadRequest,
  collection: WebhookCollection,
  id: number,
  after?: PublicState,
) {
  const before = req.context[beforeKey(collection, id)] as PublicState | undefined
  const clusters = [...new Set([...(before?.clusters ?? []), ...(after?.clusters ?? [])])]
  for (const change of publicChanges(before, after, req.locale ?? undefined)) {
    // A withdrawn language's slug is the one partners knew.
    const state = change.type === 'unpublish' || change.type === 'delete' ? before! : after!
    await queueWebhooks(req, buildEvent(change, collection, id, state), clusters)
  }
}

export const contentEvents: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) =>
    publicCollections.includes(collection.slug)
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            beforeChange: [...(collection.hooks?.beforeChange ?? []), rememberBeforeChange],
            beforeDelete: [...(collection.hooks?.beforeDelete ?? []), rememberBeforeDelete],
            afterChange: [...(collection.hooks?.afterChange ?? []), announceChange],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), announceDelete],
          },
        }
      : collection,
  ),
})
