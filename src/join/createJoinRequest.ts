import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { translate } from '@/i18n'

import type { JoinInput } from './joinInput'
import { respondersOf } from './responders'

export const joinConsentVersion = '2026-11-28'

/**
 * Stores the request and queues its messages (one to the company, one to each coordinator of
 * the chosen clusters, one to the fallback address when a cluster has no coordinator or the
 * company asked for help choosing) in one
 * transaction: no message for a request that was not stored, and no stored request without its
 * messages. So every request reaches a person.
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
    const responders = await respondersOf(req.payload, clusters, input.source.locale, req)
    for (const { id: expertId } of responders.coordinators) {
      await req.payload.jobs.queue({
        task: 'sendJoinRequestEmail',
        input: { joinRequestId: request.id, expertId },
        req,
      })
    }
    if (responders.unanswered.length || input.helpChoosing) {
      await req.payload.jobs.queue({
        task: 'sendJoinRequestEmail',
        input: { joinRequestId: request.id, fallback: true },
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
