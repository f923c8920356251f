import type { Payload, PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Expert } from '@/payload-types'
import { settings } from '@/platform/settings'

/** A coordinator who answers for some of the request's clusters. */
export type Coordinator = { id: number; name: string; email: string; clusters: string[] }

/**
 * Who answers a join request: each cluster's coordinator, and for the clusters that have none
 * (or one without an email address, whom no message reaches) the newsroom's fallback.
 */
export type Responders = { coordinators: Coordinator[]; unanswered: string[] }

/**
 * The clusters' responders, with cluster names in `locale`. A coordinator leading several of the
 * clusters is listed once, with all of them.
 */
export async function respondersOf(
  payload: Payload,
  clusterIds: number[],
  locale: Locale,
  req?: PayloadRequest,
): Promise<Responders> {
  if (!clusterIds.length) return { coordinators: [], unanswered: [] }
  const { docs } = await payload.find({
    collection: 'clusters',
    where: { id: { in: clusterIds } },
    locale,
    depth: 1,
    limit: clusterIds.length,
    sort: 'displayOrder',
    select: { name: true, coordinator: true },
    populate: { experts: { name: true, email: true } },
    overrideAccess: true,
    req,
  })
  const coordinators = new Map<number, Coordinator>()
  const unanswered: string[] = []
  for (const cluster of docs) {
    const expert = typeof cluster.coordinator === 'object' ? (cluster.coordinator as Expert) : null
    if (!expert?.email) {
      unanswered.push(cluster.name)
      continue
    }
    const known = coordinators.get(expert.id)
    if (known) known.clusters.push(cluster.name)
    else {
      coordinators.set(expert.id, {
        id: expert.id,
        name: expert.name,
        email: expert.email,
        clusters: [cluster.name],
      })
    }
  }
  return { coordinators: [...coordinators.values()], unanswered }
}

/**
 * Where a request no coordinator answers goes: JOIN_FALLBACK_EMAIL, else every editor and
 * administrator of the newsroom. Empty only in a newsroom without such users.
 */
export async function fallbackRecipients(payload: Payload, req?: PayloadRequest) {
  const configured = settings.joinFallbackEmail
  if (configured) return [configured]
  const { docs } = await payload.find({
    collection: 'users',
    where: { roles: { in: ['editor', 'admin'] } },
    depth: 0,
    limit: 50,
    sort: 'email',
    select: { email: true },
    overrideAccess: true,
    req,
  })
  return docs.map((user) => user.email)
}
