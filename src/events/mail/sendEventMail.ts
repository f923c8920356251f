import type { Payload } from 'payload'

import { eventEmail, type EventFacts } from '@/email/eventEmails'
import { senderOf } from '@/email/sender'
import { emailFrom, mailTransport } from '@/email/transport'
import { registrationUrl } from '@/events/links'
import { newToken } from '@/events/registrationTokens'
import type { Locale } from '@/i18n/locales'
import { progressRecorder } from '@/newsletter/progressGroups'
import { runLanes, type Shared } from '@/newsletter/sendIssue'
import { sendSettings } from '@/newsletter/settings'
import type { Event, Media } from '@/payload-types'
import { sitePaths } from '@/platform/sitePaths'
import { absoluteUrl, eventUrl } from '@/platform/urls'

import type { EventLane } from './audience'
import {
  claimEventDeliveries,
  laneRetryAt,
  renewTokenHash,
  skipWaiting,
  stillWanted,
  type ClaimedEventDelivery,
} from './lane'

const local = { overrideAccess: true, depth: 1 } as const

/** Where the event is, as one line: the venue's name and address, or nothing for online only. */
const placeOf = (event: Event) =>
  event.format === 'online'
    ? undefined
    : [event.venue?.name, event.venue?.address].filter(Boolean).join(', ') || undefined

const materialUrl = ({ url, file }: NonNullable<Event['materials']>[number]) => {
  const uploaded = typeof file === 'object' ? (file as Media | null)?.url : undefined
  const href = url || uploaded
  return href ? new URL(href, absoluteUrl('/')).href : undefined
}

/** The event as one language's registrants read about it. */
function factsOf(event: Event, locale: Locale): EventFacts {
  return {
    title: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    url: event.slug ? eventUrl(locale, event.slug) : undefined,
    calendarUrl: event.slug ? absoluteUrl(sitePaths.eventCalendar(locale, event.slug)) : undefined,
    place: placeOf(event),
    mapUrl: event.format === 'online' ? undefined : (event.venue?.mapUrl ?? undefined),
    onlineUrl: event.format === 'onSite' ? undefined : (event.onlineUrl ?? undefined),
    recordingUrl: event.recordingUrl ?? undefined,
    summary: event.summary ?? undefined,
    materials: (event.materials ?? []).flatMap((material) => {
      const url = materialUrl(material)
      return url ? [{ label: material.label, url }] : []
    }),
  }
}

/**
 * The same for every attempt at one row: a copy sent again after a crash carries the first
 * one's id, by which mail systems recognise and drop the repeat.
 */
const messageIdOf = (delivery: ClaimedEventDelivery) =>
  `<event-delivery-${delivery.id}@${emailFrom().split('@').pop()}>`

/**
 * Sends one event lane (its reminders, its follow-ups or its editors' messages) until no row
 * is due, with the newsletter's lanes (src/newsletter/sendIssue.ts): each row claimed under a
 * lease before it is touched, so several workers may run it at once and a rerun after a crash
 * repeats at most the messages in flight. Returns when to look again, if a row waits.
 */
export async function sendEventMail(
  payload: Payload,
  lane: EventLane,
  { heartbeat }: { heartbeat?: () => Promise<void> } = {},
): Promise<{ retryAt: Date | null }> {
  const settings = sendSettings()
  const event = await payload.findByID({
    collection: 'events',
    id: lane.event,
    disableErrors: true,
    ...local,
  })
  // A reminder after the start is no reminder; an event deleted since has nobody to tell; one
  // cancelled or unpublished since gets no reminder or follow-up (a message may still explain).
  const withdrawn = async () => {
    await skipWaiting(payload, lane)
    return { retryAt: null }
  }
  const late = lane.kind === 'reminder' && !!event && new Date(event.startsAt) <= new Date()
  if (!event || late || !(await stillWanted(payload, lane))) return withdrawn()
  const started = new Date(event.startsAt) <= new Date()

  const facts = new Map<Locale, Promise<EventFacts>>()
  const factsFor = (locale: Locale) => {
    if (!facts.has(locale)) {
      const read = payload.findByID({ collection: 'events', id: lane.event, locale, ...local })
      facts.set(
        locale,
        read.then((found) => factsOf(found, locale)),
      )
    }
    return facts.get(locale)!
  }

  const deliver = async (delivery: ClaimedEventDelivery) => {
    const { locale } = delivery
    const { token, hash } = newToken(delivery.registration)
    await renewTokenHash(payload, delivery.registration, hash)
    const message = eventEmail(
      lane.kind,
      await factsFor(locale),
      {
        locale,
        cancelUrl: started ? undefined : registrationUrl('cancel', token),
        dataLinks: {
          myData: registrationUrl('my-data', token),
          erase: registrationUrl('erase', token),
        },
      },
      lane.kind === 'message'
        ? { subject: delivery.subject ?? '', body: delivery.body ?? '' }
        : undefined,
    )
    return mailTransport().sendMail({
      from: senderOf(locale),
      to: delivery.email,
      messageId: messageIdOf(delivery),
      ...message,
    })
  }

  const shared: Shared<ClaimedEventDelivery> = {
    recorder: progressRecorder(payload, settings.leaseSeconds, settings.concurrency),
    claim: async () =>
      (await stillWanted(payload, lane))
        ? claimEventDeliveries(payload, lane, settings.batchSize, settings.leaseSeconds)
        : [],
    deliver,
    heartbeat,
  }
  await runLanes(payload, shared, settings.concurrency)
  if (!(await stillWanted(payload, lane))) return withdrawn()
  return { retryAt: await laneRetryAt(payload, lane, settings.leaseSeconds) }
}
