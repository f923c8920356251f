import type { Payload } from 'payload'

import {
  genericPlanConnection,
  type HeldConnection,
} from '@/platform/database/genericPlanConnection'

import { recordProgress, type ClaimedDelivery, type Progress } from './deliveryQueue'

export type ProgressRecorder = {
  /** Starts a claimed row in the next group: its attempt number, or null when it is not to go. */
  start: (delivery: ClaimedDelivery) => Promise<number | null>
  /** Records a row as sent in the next group; resolves once that group committed. */
  sent: (deliveryId: number) => Promise<void>
  /** Gives the connections back, once the lanes are done. */
  close: () => Promise<void>
}

/**
 * Longest a lane's record waits for others to join its group: a fraction of a message's time
 * (a lane asks for the next row's start as its message goes, and needs it when that ends).
 */
const groupWaitMs = 2

/**
 * Groups on their way to the database at once. One at a time made every record wait for the
 * group before it as well as its own: longer than a message takes, so the lanes stalled.
 */
const groupsInFlight = 2

type Waiting = {
  progress: Progress
  settle: Array<(outcome: Map<number, number> | Error) => void>
  /** Waited long enough, or full: it goes as soon as a connection is free. */
  due: boolean
}

/**
 * Group commit for the lanes of one sender: what they ask for while groups are on their way to
 * the database goes in the next group, one statement for all of them. Each lane still waits
 * for its own records as before (a message's `sent` before the message after next), so the
 * duplicate bound stays two per lane; the database sees a statement per few messages instead
 * of two per message. Each group in flight has a connection of its own, held for the send,
 * which plans the statement once.
 */
export function progressRecorder(
  payload: Payload,
  leaseSeconds: number,
  lanes: number,
): ProgressRecorder {
  let next: Waiting | undefined
  const held: Array<Promise<HeldConnection> | undefined> = Array(groupsInFlight).fill(undefined)
  const busy: boolean[] = Array(groupsInFlight).fill(false)
  let closed = false

  const record = async (slot: number, progress: Progress) => {
    // A record a failed lane asked for and never awaited: no connection nobody would give back.
    if (closed) throw new Error('The send is over: nothing more is recorded')
    const connection = (held[slot] ??= genericPlanConnection(payload))
    try {
      return await recordProgress(await connection, progress, leaseSeconds)
    } catch (error) {
      // A connection that failed is not used again: the next group takes a new one.
      held[slot] = undefined
      await connection.then(
        (broken) => broken.release(asError(error)),
        () => {},
      )
      throw error
    }
  }
  const flush = async () => {
    const slot = busy.indexOf(false)
    if (slot < 0 || !next?.due) return
    const group = next
    next = undefined
    busy[slot] = true
    let outcome: Map<number, number> | Error
    try {
      outcome = await record(slot, group.progress)
    } catch (error) {
      outcome = asError(error)
    }
    busy[slot] = false
    for (const settle of group.settle) settle(outcome)
    void flush()
  }
  const join = <T>(
    add: (progress: Progress) => void,
    result: (started: Map<number, number>) => T,
  ) =>
    new Promise<T>((resolve, reject) => {
      if (!next) {
        const group: Waiting = { progress: { sent: [], starting: [] }, settle: [], due: false }
        next = group
        // Soon, not at once: what the other lanes ask for meanwhile joins the same group.
        setTimeout(() => {
          group.due = true
          void flush()
        }, groupWaitMs)
      }
      add(next.progress)
      next.settle.push((outcome) =>
        outcome instanceof Error ? reject(outcome) : resolve(result(outcome)),
      )
      // Every lane's two records (a start, a sent): no reason to wait for more.
      if (next.settle.length >= 2 * lanes) {
        next.due = true
        void flush()
      }
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
    close: async () => {
      closed = true
      const connections = held.splice(0).filter((connection) => connection !== undefined)
      await Promise.all(
        connections.map((connection) =>
          connection.then(
            (open) => open.release(),
            () => {},
          ),
        ),
      )
    },
  }
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)))
