import { TZDate } from '@date-fns/tz'
import type { Where } from 'payload'

// The council's days: an export "for 2 December" means that day in Finland.
const zone = 'Europe/Helsinki'

const dayStart = (text: string, plusDays = 0): Date | undefined => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return undefined
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  const given = new TZDate(year, month - 1, day, zone)
  // 2026-02-31 would roll over into March: not a day.
  if (given.getDate() !== day || given.getMonth() !== month - 1) return undefined
  return new Date(new TZDate(year, month - 1, day + plusDays, zone).getTime())
}

export type Period = { from?: string; to?: string; where: Where }

/**
 * `from` and `to` (both optional, YYYY-MM-DD, both days included) as a query on `time`;
 * undefined when either is not a day or they are the wrong way round.
 */
export function periodOf(from: string | null, to: string | null): Period | undefined {
  const start = from === null ? null : dayStart(from)
  const end = to === null ? null : dayStart(to, 1)
  if (start === undefined || end === undefined || (start && end && start >= end)) return undefined
  const bounds: Where[] = [
    ...(start ? [{ time: { greater_than_equal: start.toISOString() } }] : []),
    ...(end ? [{ time: { less_than: end.toISOString() } }] : []),
  ]
  return { from: from ?? undefined, to: to ?? undefined, where: { and: bounds } }
}
