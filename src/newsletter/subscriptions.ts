import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { translate } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import type { Subscriber } from '@/payload-types'

import type { SubscriptionInput } from './subscriptionInput'
import { verifyToken } from './tokens'

export const consentVersion = '2026-11-27'
/** However often an address is submitted, it gets at most one confirmation message per hour. */
const confirmationInterval = 60 * 60 * 1000

const local = { overrideAccess: true, showHiddenFields: true, depth: 0 } as const

/** Cluster ids for slugs; undefined if any slug is unknown. */
export async function clusterIds(payload: Payload, slugs: string[]) {
  if (!slugs.length) return []
  const { docs } = await payload.find({
    collection: 'clusters',
    where: { slug: { in: slugs } },
    limit: slugs.length,
    depth: 0,
    select: { slug: true },
  })
  const unknown = slugs.filter((slug) => !docs.some((doc) => doc.slug === slug))
  return unknown.length ? { unknown } : docs.map((doc) => doc.id)
}

/**
 * Records a subscription request as pending, with its proof of consent, and queues the
 * confirmation message. The caller answers the same whatever happened here.
 */
export async function recordSubscription(
  payload: Payload,
  input: SubscriptionInput,
  clusters: number[],
): Promise<void> {
  const now = new Date()
  const consent = {
    text: translate(input.locale, 'consent.text'),
    version: consentVersion,
    locale: input.locale,
    clusters: input.clusters,
    source: input.source,
    subscribedAt: now.toISOString(),
  }
  const existing = await findByEmail(payload, input.email)
  if (existing && ['confirmed', 'suppressed'].includes(existing.status)) return

  const recentlyAsked =
    existing?.confirmationSentAt &&
    now.getTime() - new Date(existing.confirmationSentAt).getTime() < confirmationInterval
  const data = {
    email: input.email,
    status: 'pending' as const,
    locale: input.locale,
    clusters,
    consent,
    confirmationNonce: recentlyAsked ? existing.confirmationNonce : randomBytes(16).toString('hex'),
    confirmationSentAt: recentlyAsked ? existing.confirmationSentAt : now.toISOString(),
  }
  const subscriber = existing
    ? await payload.update({ collection: 'subscribers', id: existing.id, data, ...local })
    : await createOrUpdate(payload, data)
  if (recentlyAsked) return
  await payload.jobs.queue({
    task: 'sendConfirmationEmail',
    input: { subscriberId: subscriber.id },
  })
}

async function createOrUpdate(
  payload: Payload,
  data: Omit<Subscriber, 'id' | 'createdAt' | 'updatedAt'>,
) {
  try {
    return await payload.create({ collection: 'subscribers', data, ...local })
  } catch (error) {
    // Two requests for the same new address at once: the other one made the row.
    const existing = await findByEmail(payload, data.email)
    if (!existing) throw error
    return existing
  }
}

const findByEmail = async (payload: Payload, email: string) =>
  (
    await payload.find({
      collection: 'subscribers',
      where: { email: { equals: email } },
      limit: 1,
      ...local,
    })
  ).docs[0]

export type LinkOutcome = 'done' | 'invalid' | 'expired' | 'used'

/** Confirms a pending subscription, once, with the token from the confirmation message. */
export async function confirmSubscription(payload: Payload, token: unknown): Promise<LinkOutcome> {
  const check = verifyToken(token, 'confirm')
  if (!check.ok) return check.reason
  const subscriber = await subscriberById(payload, check.claims.subscriber)
  if (!subscriber) return 'invalid'
  if (!subscriber.confirmationNonce || subscriber.confirmationNonce !== check.claims.nonce) {
    return 'used'
  }
  await payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    data: {
      status: 'confirmed',
      confirmationNonce: null,
      consent: { ...subscriber.consent, confirmedAt: new Date().toISOString() },
    },
    ...local,
  })
  return 'done'
}

/** Checks a confirmation link without using it (what a mail client's link preview does). */
export async function checkConfirmation(payload: Payload, token: unknown): Promise<LinkOutcome> {
  const check = verifyToken(token, 'confirm')
  if (!check.ok) return check.reason
  const subscriber = await subscriberById(payload, check.claims.subscriber)
  if (!subscriber) return 'invalid'
  return subscriber.confirmationNonce === check.claims.nonce ? 'done' : 'used'
}

export async function subscriberFromLink(
  payload: Payload,
  token: unknown,
  purpose: 'unsubscribe' | 'manage',
): Promise<Subscriber | 'invalid' | 'expired'> {
  const check = verifyToken(token, purpose)
  if (!check.ok) return check.reason
  return (await subscriberById(payload, check.claims.subscriber)) ?? 'invalid'
}

/**
 * The language of the subscriber a genuine link names, even one expired or used, so the page
 * that says so speaks it; undefined for a forged or damaged link.
 */
export async function linkLanguage(
  payload: Payload,
  token: unknown,
  purpose: 'confirm' | 'unsubscribe' | 'manage',
): Promise<Locale | undefined> {
  // As of the epoch nothing has expired yet: only the signature and purpose are checked.
  const check = verifyToken(token, purpose, 0)
  if (!check.ok) return undefined
  return (await subscriberById(payload, check.claims.subscriber))?.locale
}

export async function unsubscribe(payload: Payload, subscriber: Subscriber): Promise<void> {
  if (subscriber.status === 'unsubscribed') return
  await payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    data: {
      status: 'unsubscribed',
      unsubscribedAt: new Date().toISOString(),
      confirmationNonce: null,
    },
    ...local,
  })
}

export async function updatePreferences(
  payload: Payload,
  subscriber: Subscriber,
  preferences: { locale: Locale; clusters: number[] },
): Promise<void> {
  await payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    data: preferences,
    ...local,
  })
}

const subscriberById = (payload: Payload, id: number) =>
  payload.findByID({ collection: 'subscribers', id, disableErrors: true, ...local })
