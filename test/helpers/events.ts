import type { Payload } from 'payload'

import type { Event, Registration } from '@/payload-types'

/** A Finnish event on site, published, an hour long from `startsAt`; `data` adds to it. */
export const publishedEvent = (
  payload: Payload,
  startsAt: Date,
  title: string,
  data: Partial<Event> = {},
): Promise<Event> =>
  payload.create({
    collection: 'events',
    locale: 'fi',
    data: {
      title,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
      format: 'onSite',
      venue: { name: 'Lapin liitto', address: 'Hallituskatu 20 B, Rovaniemi' },
      _status: 'published',
      ...data,
    } as never,
  })

/** A registration in the given status, as the registration flow would have left it. */
export const registrant = (
  payload: Payload,
  event: Event,
  { email, status, locale }: Pick<Registration, 'email' | 'status' | 'locale'>,
): Promise<Registration> =>
  payload.create({
    collection: 'registrations',
    data: { event: event.id, name: email.split('@')[0]!, email, locale, status },
  })
