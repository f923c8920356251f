import type { Payload } from 'payload'

import { emailFrom, mailTransport } from '@/email/transport'
import type { Locale } from '@/i18n/locales'

import { composeIssue, recipientLinks, type ComposedIssue } from './composeIssue'
import {
  claimDeliveries,
  deliveryTotals,
  finishIfDone,
  freezeAudience,
  markFailed,
  markRetry,
  markSent,
  startSending,
  type ClaimedDelivery,
} from './deliveryQueue'
import { manageUrl, unsubscribeUrl } from './links'
import { resolveIssueNews } from './resolveIssueNews'
import { sendSettings } from './settings'

type Options = {
  /** Called between batches, so the queue can tell a long send from a dead one. */
  heartbeat?: () => Promise<void>
}

/**
 * Sends one newsletter issue until no row is due. Safe to run in several workers at once and to
 * run again after a crash: every row is claimed under a lease before it is touched. Returns when
 * the next retry is due, if any row waits for one.
 */
export async function sendIssue(
  payload: Payload,
  newsletterId: number,
  { heartbeat }: Options = {},
): Promise<{ retryAt: Date | null }> {
  const settings = sendSettings()
  await resolveIssueNews(payload, newsletterId)
  await freezeAudience(payload, newsletterId)

  const composed = new Map<Locale, Promise<ComposedIssue>>()
  const contentFor = (locale: Locale) => {
    if (!composed.has(locale)) composed.set(locale, composeIssue(payload, newsletterId, locale))
    return composed.get(locale)!
  }

  for (;;) {
    const batch = await claimDeliveries(
      payload,
      newsletterId,
      settings.batchSize,
      settings.leaseSeconds,
    )
    if (!batch.length) break
    await inParallel(batch, settings.concurrency, (delivery) =>
      deliver(payload, delivery, contentFor),
    )
    await heartbeat?.()
  }

  if (await finishIfDone(payload, newsletterId)) return { retryAt: null }
  const { nextAttemptAt, sending } = await deliveryTotals(payload, newsletterId)
  // Rows another worker holds finish there; a dead worker's rows come back when its lease ends.
  const leaseEnd = new Date(Date.now() + settings.leaseSeconds * 1000)
  return { retryAt: nextAttemptAt ?? (sending ? leaseEnd : null) }
}

async function deliver(
  payload: Payload,
  delivery: ClaimedDelivery,
  contentFor: (locale: Locale) => Promise<ComposedIssue>,
): Promise<void> {
  const settings = sendSettings()
  const content = await contentFor(delivery.locale)
  const started = await startSending(payload, delivery, settings.leaseSeconds)
  if (!started) return
  const unsubscribe = unsubscribeUrl(delivery.subscriber)
  const personal = (text: string) =>
    text
      .replaceAll(recipientLinks.unsubscribe, unsubscribe)
      .replaceAll(recipientLinks.manage, manageUrl(delivery.subscriber))
  try {
    await mailTransport().sendMail({
      from: emailFrom(),
      to: delivery.email,
      subject: content.subject,
      html: personal(content.html),
      text: personal(content.text),
      headers: {
        'List-Unsubscribe': `<${unsubscribe}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    })
    await markSent(payload, delivery.id)
  } catch (error) {
    await recordFailure(payload, delivery, started.attempt, error)
  }
}

/** 5xx: the server refused for good. Anything else (4xx, no connection): later, with backoff. */
async function recordFailure(
  payload: Payload,
  delivery: ClaimedDelivery,
  attempt: number,
  error: unknown,
) {
  const settings = sendSettings()
  const { responseCode, message } = error as { responseCode?: number; message?: string }
  const reason = message ?? String(error)
  if (responseCode && responseCode >= 500) {
    return markFailed(payload, delivery, 'bounced', reason, settings.suppressAfterBounces)
  }
  if (attempt >= settings.maxAttempts) {
    return markFailed(payload, delivery, 'failed', reason, settings.suppressAfterBounces)
  }
  const delayMs = Math.min(settings.retryBaseMs * 2 ** (attempt - 1), 3_600_000)
  return markRetry(payload, delivery.id, reason, delayMs)
}

async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  const queue = [...items]
  const lanes = Array.from({ length: Math.min(limit, queue.length) }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item)
  })
  await Promise.all(lanes)
}
