import type { Payload } from 'payload'

import { recordProgress, type ClaimedDelivery, type Progress } from './deliveryQueue'

export type ProgressRecorder = {
  /** Starts a claimed row in the next group: its attempt number, or null when it is not to go. */
  start: (delivery: ClaimedDelivery) => Promise<number | null>
  /** Records a row as sent in the next group; resolves once that group committed. */
  sent: (deliveryId: number) => Promise<void>
}

/** Longest a lane's record waits for others to join its group: a fraction of a message's time. */
const groupWaitMs = 1

/**
 * Groups on their way to the database at once. One at a time made every record wait for the
 * group before it as well as its own: longer than a message takes, so the lanes stalled.
 */
const groupsInFlight = 2

type Waiting = { progress: Progress; settle: Array<(outcome: Map<number, number> | Error) => void> }

/**
 * Group commit for the lanes of one sender: what they ask for while groups are on their way to
 * the database goes in the next group, one statement for all of them. Each lane still waits
 * for its own records as before (a message's `sent` before the message after next), so the
 * duplicate bound stays two per lane; the database sees a statement per few messages instead
 * of two per message.
 */
export function progressRecorder(
  payload: Payload,
  leaseSeconds: number,
  lanes: number,
): ProgressRecorder {
  let next: Waiting | undefined
  let flushing = 0

  const flush = async () => {
    if (flushing >= groupsInFlight || !next) return
    const group = next
    next = undefined
    flushing += 1
    let outcome: Map<number, number> | Error
    try {
      outcome = await recordProgress(payload, group.progress, leaseSeconds)
    } catch (error) {
      outcome = error instanceof Error ? error : new Error(String(error))
    }
    flushing -= 1
    for (const settle of group.settle) settle(outcome)
    // What came in meanwhile has waited long enough: it goes at once.
    void flush()
  }
  const join = <T>(
    add: (progress: Progress) => void,
    result: (started: Map<number, number>) => T,
  ) =>
    new Promise<T>((resolve, reject) => {
      if (!next) {
        next = { progress: { sent: [], starting: [] }, settle: [] }
        // Soon, not at once: what the other lanes ask for meanwhile joins the same group.
        setTimeout(() => void flush(), groupWaitMs)
      }
      add(next.progress)
      next.settle.push((outcome) =>
        outcome instanceof Error ? reject(outcome) : resolve(result(outcome)),
      )
      // Half the lanes' records: enough to share a round trip, before any lane waits long.
      if (next.settle.length >= lanes) void flush()
    })

  return {
    start: (delivery) =>
      join(
        (progress) => progress.starting.push(delivery),
        (started) => started.get(delivery.id) ?? null,
      ),
    sent: (deliveryId) =>
      join(
        (progress) => progress.sent.push(deliveryId),
        () => undefined,
      ),
  }
}
