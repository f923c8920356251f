import type { Payload, PayloadRequest } from 'payload'

import type { Subscriber } from '@/payload-types'

import { deliveryRecord } from './deliveryRecord'
import { pendingJobsNaming } from './tombstones'

const idOf = (value: number | { id: number }) => (typeof value === 'object' ? value.id : value)

/** The status changes the row remembers, oldest first (it keeps dates, not a log). */
function statusHistory(subscriber: Subscriber) {
  const steps = [
    { status: 'pending', at: subscriber.consent?.subscribedAt ?? subscriber.createdAt },
    { status: 'confirmed', at: subscriber.consent?.confirmedAt },
    { status: 'unsubscribed', at: subscriber.unsubscribedAt },
    { status: 'suppressed', at: subscriber.status === 'suppressed' ? subscriber.updatedAt : null },
  ]
  return steps.filter((step) => step.at)
}

async function deliveriesOf(payload: Payload, subscriber: Subscriber) {
  const { docs } = await payload.find({
    collection: 'deliveries',
    where: { subscriber: { equals: subscriber.id } },
    pagination: false,
    sort: 'createdAt',
    depth: 0,
    overrideAccess: true,
  })
  const ids = [...new Set(docs.map((delivery) => idOf(delivery.newsletter!)))]
  const { docs: issues } = await payload.find({
    collection: 'newsletters',
    where: { id: { in: ids } },
    locale: subscriber.locale,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { subject: true },
  })
  const subject = new Map(issues.map((issue) => [issue.id, issue.subject]))
  return docs.map((delivery) => ({
    issue: { id: idOf(delivery.newsletter!), subject: subject.get(idOf(delivery.newsletter!)) },
    ...deliveryRecord(delivery),
  }))
}

/** Everything stored about one subscriber (GDPR Art. 15), as its own download and in an export. */
export async function subscriberRecord(req: PayloadRequest, subscriber: Subscriber) {
  const { payload } = req
  const { docs: clusters } = await payload.find({
    collection: 'clusters',
    where: { id: { in: (subscriber.clusters ?? []).map(idOf) } },
    pagination: false,
    depth: 0,
    select: { slug: true },
  })
  const { text, version, locale, source, subscribedAt, confirmedAt } = subscriber.consent ?? {}
  return {
    id: subscriber.id,
    email: subscriber.email,
    status: subscriber.status,
    locale: subscriber.locale,
    clusters: clusters.map((cluster) => cluster.slug),
    consent: { text, version, locale, clusters: subscriber.consent?.clusters, source },
    consentGivenAt: subscribedAt ?? null,
    consentConfirmedAt: confirmedAt ?? null,
    statusHistory: statusHistory(subscriber),
    hardBounces: subscriber.hardBounces ?? 0,
    createdAt: subscriber.createdAt,
    updatedAt: subscriber.updatedAt,
    deliveries: await deliveriesOf(payload, subscriber),
    pendingJobs: await pendingJobsNaming(req, 'subscriberId', subscriber.id),
  }
}
