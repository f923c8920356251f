import type { Registration } from '@/payload-types'

export type Attendee = Pick<
  Registration,
  'id' | 'name' | 'email' | 'organisation' | 'status' | 'locale'
>

export type SeatCounts = {
  capacity: number | null
  /** Holding a seat: confirmed, and checked in. */
  confirmed: number
  attended: number
  left: number | null
  waitlisted: number
}

const count = (attendees: Attendee[], ...statuses: Attendee['status'][]) =>
  attendees.filter((attendee) => statuses.includes(attendee.status)).length

/** The seats as the list shows them; the event's lock, not these, decides who gets one. */
export function seatCounts(attendees: Attendee[], capacity: number | null): SeatCounts {
  const confirmed = count(attendees, 'confirmed', 'attended')
  return {
    capacity,
    confirmed,
    attended: count(attendees, 'attended'),
    left: capacity === null ? null : Math.max(capacity - confirmed, 0),
    waitlisted: count(attendees, 'waitlisted'),
  }
}
