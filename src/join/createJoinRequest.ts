import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { translate } from '@/i18n'

import type { JoinInput } from './joinInput'

export const joinConsentVersion = '2026-11-28'

/**
 * Stores the request and queues its messages (one to the company, one to each coordinator of
 * the chosen clusters) in one transaction: no message for a request that was not stored, and
 * no stored request without its messages.
 */
export async function createJoinRequest(
  req: PayloadRequest,
  input: JoinInput,
  clusters: number[],
  newsId: number | undefined,
): Promise<number> {
  const own = await initTransaction(req)
  try {
    const request = await req.payload.create({
      collection: 'joinRequests',
      req,
      overrideAccess: true,
      depth: 0,
      data: {
        ...input,
        clusters,
        status: 'new',
        source: { ...input.source, news: newsId },
        consent: {
          text: translate(input.source.locale, 'join.consent.text'),
          version: joinConsentVersion,
          givenAt: new Date().toISOString(),
        },
      },
    })
    for (const expertId of await coordinatorsOf(req, clusters)) {
      await req.payload.jobs.queue({
        task: 'sendJoinRequestEmail',
        input: { joinRequestId: request.id, expertId },
        req,
      })
    }
    await req.payload.jobs.queue({
      task: 'sendJoinRequestEmail',
      input: { joinRequestId: request.id },
      req,
    })
    if (own) await commitTransaction(req)
    return request.id
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** The distinct coordinators of the clusters: one message each, however many clusters they lead. */
async function coordinatorsOf(req: PayloadRequest, clusters: number[]): Promise<number[]> {
  const { docs } = await req.payload.find({
    collection: 'clusters',
    where: { id: { in: clusters } },
    depth: 0,
    limit: clusters.length,
    select: { coordinator: true },
    req,
  })
  const ids = docs.flatMap((doc) =>
    doc.coordinator
      ? [typeof doc.coordinator === 'object' ? doc.coordinator.id : doc.coordinator]
      : [],
  )
  return [...new Set(ids)]
}
