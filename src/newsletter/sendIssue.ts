import type { Payload } from 'payload'

import { encodedTemplate, quotedPrintablePart } from '@/email/encodedTemplate'
import { senderOf } from '@/email/sender'
import { emailFrom, mailTransport } from '@/email/transport'
import type { Locale } from '@/i18n/locales'
import { isShuttingDown } from '@/platform/lifecycle'

import { composeIssue, recipientLinks, type ComposedIssue } from './composeIssue'
import {
  claimDeliveries,
  deliveryTotals,
  finishIfDone,
  freezeAudience,
  markFailed,
  markRetry,
  releaseClaims,
  releaseStarted,
  type ClaimedDelivery,
} from './deliveryQueue'
import { issueLinks, type IssueLinks } from './links'
import { progressRecorder, type ProgressRecorder } from './progressGroups'
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

  const encoded = new Map<Locale, Promise<EncodedIssue>>()
  const contentFor = (locale: Locale) => {
    if (!encoded.has(locale)) {
      encoded.set(locale, composeIssue(payload, newsletterId, locale).then(encodedIssue))
    }
    return encoded.get(locale)!
  }

  // Each lane claims its own small batches, so no lane waits for another's; their records
  // share round trips to the database.
  const shared: Shared = {
    recorder: progressRecorder(payload, settings.leaseSeconds, settings.concurrency),
    claim: claimer(payload, newsletterId),
    deliver: async (delivery) => send(delivery, await contentFor(delivery.locale)),
    heartbeat,
  }
  await runLanes(payload, shared, settings.concurrency)

  if (await finishIfDone(payload, newsletterId)) return { retryAt: null }
  const { nextAttemptAt, sending } = await deliveryTotals(payload, newsletterId)
  // Rows another worker holds finish there; a dead worker's rows come back when its lease ends.
  const leaseEnd = new Date(Date.now() + settings.leaseSeconds * 1000)
  return { retryAt: nextAttemptAt ?? (sending ? leaseEnd : null) }
}

/** What the lanes of one sender share; an event's sender (src/events/mail/) is another. */
export type Shared<D extends ClaimedDelivery = ClaimedDelivery> = {
  recorder: ProgressRecorder
  claim: () => Promise<D[]>
  /** Sends one row's message; a thrown SMTP error is recorded as a retry or a failure. */
  deliver: (delivery: D) => Promise<unknown>
  heartbeat?: () => Promise<void>
}

/**
 * The issue's rows in subscriber order, batch after batch, for all the lanes of one sender;
 * once past the end, from the start again for the rows left behind (released, or a dead
 * worker's).
 */
function claimer(payload: Payload, newsletterId: number) {
  const { batchSize, leaseSeconds } = sendSettings()
  let after = 0
  return async () => {
    const claim = (from: number) =>
      claimDeliveries(payload, newsletterId, batchSize, leaseSeconds, from)
    let batch = await claim(after)
    if (batch.length) after = Math.max(after, batch.at(-1)!.subscriber)
    else if (after) batch = await claim(0)
    return batch
  }
}

/** `count` lanes sharing `shared` until each is done; then the recorder's connections go back. */
export async function runLanes<D extends ClaimedDelivery>(
  payload: Payload,
  shared: Shared<D>,
  count: number,
): Promise<void> {
  const lanes = Array.from({ length: count }, () => runLane(payload, shared))
  // All of them, even when one fails: the others still use the recorder.
  const outcomes = await Promise.allSettled(lanes)
  await shared.recorder.close()
  const failed = outcomes.find((outcome) => outcome.status === 'rejected')
  if (failed) throw failed.reason
}

/**
 * One SMTP connection's work: claim a few rows, send them one at a time, repeat until none is
 * due or the worker is stopping. The database never holds the connection up: the next batch is
 * claimed, the next row started and the last one recorded as sent while a message is on the
 * wire. So a crash can repeat at most two messages per lane: the one in flight and the one
 * whose record was (claimed rows are not sent yet: reclaiming them repeats nothing).
 */
async function runLane<D extends ClaimedDelivery>(
  payload: Payload,
  { recorder, claim, deliver, heartbeat }: Shared<D>,
) {
  let recording = awaitLater(Promise.resolve())
  let claiming = awaitLater(claim())
  lanes: while (!isShuttingDown()) {
    const batch = await claiming()
    if (!batch.length) break
    claiming = awaitLater(claim())
    const start = (delivery: D) => awaitLater(recorder.start(delivery))
    let starting = start(batch[0]!)
    for (const [index, delivery] of batch.entries()) {
      const attempt = await starting()
      if (isShuttingDown()) {
        // The worker was asked to stop: hand back what was not sent now rather than when the
        // lease runs out.
        await releaseClaims(payload, batch.slice(index + 1))
        if (attempt !== null) await releaseStarted(payload, delivery.id)
        break lanes
      }
      const next = batch[index + 1]
      if (next) starting = start(next)
      if (attempt === null) continue
      try {
        await deliver(delivery)
      } catch (error) {
        await recordFailure(payload, delivery, attempt, error)
        continue
      }
      await recording()
      recording = awaitLater(recorder.sent(delivery.id))
    }
    await heartbeat?.()
  }
  // The batch claimed ahead goes back too.
  if (isShuttingDown()) await releaseClaims(payload, await claiming())
  await recording()
}

/**
 * Database work started now and awaited later, while a message is on the wire: a failure waits
 * for that await instead of ending the process as an unhandled rejection.
 */
function awaitLater<T>(work: Promise<T>): () => Promise<T> {
  const outcome = work.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  )
  return async () => {
    const settled = await outcome
    if (!settled.ok) throw settled.error
    return settled.value
  }
}

/**
 * The same for every attempt at one delivery: if a worker dies after the relay accepted a
 * message but before it was recorded, the copy sent again carries the first one's id, by which
 * mail systems recognise and drop the repeat.
 */
const messageIdOf = (delivery: ClaimedDelivery) =>
  `<newsletter-delivery-${delivery.id}@${emailFrom().split('@').pop()}>`

/** An issue in one language, its parts encoded once with a slot for each recipient's links. */
type EncodedIssue = {
  subject: string
  html: (links: IssueLinks) => string
  text: (links: IssueLinks) => string
}

const encodedIssue = ({ subject, html, text }: ComposedIssue): EncodedIssue => ({
  subject,
  html: encodedTemplate(html, recipientLinks),
  text: encodedTemplate(text, recipientLinks),
})

function send(delivery: ClaimedDelivery, content: EncodedIssue) {
  const links = issueLinks(delivery.subscriber)
  return mailTransport().sendMail({
    from: senderOf(delivery.locale),
    to: delivery.email,
    messageId: messageIdOf(delivery),
    subject: content.subject,
    // The text and the HTML, in this order (the last is the preferred), encoded already.
    alternatives: [
      { raw: quotedPrintablePart('text/plain', content.text(links)) },
      { raw: quotedPrintablePart('text/html', content.html(links)) },
    ],
    headers: {
      'List-Unsubscribe': `<${links.unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  })
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
