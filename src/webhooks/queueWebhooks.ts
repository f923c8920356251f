import type { PayloadRequest } from 'payload'

import { scopeClusterIds, scopeLocales } from '@/partners/scope'
import type { Partner } from '@/payload-types'

import type { ContentEvent } from './events'

const overlaps = <T>(scope: T[], values: T[]) =>
  scope.length === 0 || values.length === 0 || values.some((value) => scope.includes(value))

/** Experts and contacts belong to no cluster: every partner hears of them. */
const inScope = (partner: Partner, event: ContentEvent, clusters: number[]) =>
  overlaps(scopeLocales(partner), event.locales) &&
  (event.collection === 'experts' ||
    event.collection === 'contacts' ||
    overlaps(scopeClusterIds(partner), clusters))

/**
 * One delivery row and one job per partner, written in the change's own transaction: the
 * worker sends them only once the change is committed, and never for a change rolled back.
 */
export async function queueWebhooks(req: PayloadRequest, event: ContentEvent, clusters: number[]) {
  const { docs: partners } = await req.payload.find({
    collection: 'partners',
    where: { and: [{ active: { equals: true } }, { webhookUrl: { exists: true } }] },
    pagination: false,
    depth: 0,
    req,
  })
  const body = JSON.stringify(event)
  for (const partner of partners.filter((p) => p.webhookUrl && inScope(p, event, clusters))) {
    const delivery = await req.payload.create({
      collection: 'webhook-deliveries',
      req,
      data: {
        partner: partner.id,
        eventId: event.event,
        eventType: event.type,
        targetCollection: event.collection,
        documentId: event.id,
        body,
        status: 'pending',
        attempts: 0,
      },
    })
    await req.payload.jobs.queue({
      task: 'deliverWebhook',
      input: { deliveryId: delivery.id },
      req,
    })
  }
}
