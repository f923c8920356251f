import type { TaskConfig } from 'payload'

import { registrationEmail, type RegistrationEmailKind } from '@/email/registrationEmails'
import { senderOf } from '@/email/sender'
import { calendarFile } from '@/events/calendar'
import { toldOfCancellation } from '@/events/cancellation'
import { registrationUrl } from '@/events/links'
import { newToken } from '@/events/registrationTokens'
import { eventUrl } from '@/platform/urls'

const local = { overrideAccess: true, showHiddenFields: true, depth: 0 } as const

/** The statuses a message is about; a registration that moved on since gets none. */
const statusFor: Record<RegistrationEmailKind, readonly string[]> = {
  confirm: ['pending'],
  confirmed: ['confirmed'],
  waitlisted: ['waitlisted'],
  promoted: ['confirmed'],
  eventCancelled: toldOfCancellation,
}

/**
 * A message to a registrant, queued in the transaction that decided it and sent after that
 * committed. Each carries a fresh secret (only its hash is kept): the newest link works.
 */
export const sendRegistrationEmailTask: TaskConfig<'sendRegistrationEmail'> = {
  slug: 'sendRegistrationEmail',
  inputSchema: [
    { name: 'registrationId', type: 'number', required: true },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: ['confirm', 'confirmed', 'waitlisted', 'promoted', 'eventCancelled'],
    },
  ],
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const kind = input.kind as RegistrationEmailKind
    const registration = await payload.findByID({
      collection: 'registrations',
      id: input.registrationId,
      disableErrors: true,
      ...local,
    })
    if (!registration || !statusFor[kind].includes(registration.status)) return { output: {} }
    const eventId =
      typeof registration.event === 'object' ? registration.event.id : registration.event
    const { locale } = registration
    const event = await payload.findByID({ collection: 'events', id: eventId, locale, ...local })
    const { token, hash } = newToken(registration.id)
    await payload.update({
      collection: 'registrations',
      id: registration.id,
      data: { tokenHash: hash },
      ...local,
    })
    const url = event.slug ? eventUrl(locale, event.slug) : undefined
    const actionUrl = registrationUrl(kind === 'confirm' ? 'confirm' : 'cancel', token)
    const message = registrationEmail(kind, {
      locale,
      event: { title: event.title, startsAt: event.startsAt, url },
      actionUrl,
      dataLinks: {
        myData: registrationUrl('my-data', token),
        erase: registrationUrl('erase', token),
      },
    })
    // Whoever holds a seat has (or now gets) the calendar entry; a cancelled one says so.
    const seated = registration.status === 'confirmed' && kind !== 'confirm'
    await payload.sendEmail({
      from: senderOf(locale),
      to: registration.email,
      ...message,
      ...(seated && {
        attachments: [
          {
            filename: 'event.ics',
            content: calendarFile(locale, event.title, [event], 'publish'),
            contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          },
        ],
      }),
    })
    return { output: {} }
  },
}
