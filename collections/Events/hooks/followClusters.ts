import type { CollectionAfterChangeHook } from 'payload'

import type { Event } from '@/payload-types'

const idsOf = (value: (number | { id: number })[] | null | undefined) =>
  (value ?? []).map((item) => (typeof item === 'object' ? item.id : item)).sort((a, b) => a - b)

const sameIds = (a: number[], b: number[]) => a.join() === b.join()

/**
 * A registration's clusters are its event's, copied so the permission table reaches it: when
 * the event's change, its registrations' change with them in the same transaction, so staff of
 * a cluster taken away lose its attendees and staff of one added gain them. The event's own
 * row is read because a draft's clusters do not yet decide who reads the event.
 */
export const followClusters: CollectionAfterChangeHook<Event> = async ({ doc, operation, req }) => {
  if (operation !== 'update') return doc
  const local = { overrideAccess: true, depth: 0, req } as const
  const event = await req.payload.findByID({
    collection: 'events',
    id: doc.id,
    draft: false,
    select: { clusters: true },
    ...local,
  })
  const clusters = idsOf(event.clusters)
  const { docs } = await req.payload.find({
    collection: 'registrations',
    where: { event: { equals: doc.id } },
    select: { clusters: true },
    pagination: false,
    ...local,
  })
  const behind = docs.filter((registration) => !sameIds(idsOf(registration.clusters), clusters))
  if (!behind.length) return doc
  const { errors } = await req.payload.update({
    collection: 'registrations',
    where: { id: { in: behind.map((registration) => registration.id) } },
    data: { clusters },
    ...local,
  })
  // A bulk update reports what failed instead of throwing: the event's save must not commit.
  if (errors.length) throw new Error(`Registration clusters not updated: ${errors[0]!.message}`)
  return doc
}
