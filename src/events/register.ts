import type { Payload, PayloadRequest } from 'payload'

import { translate } from '@/i18n'
import type { Event } from '@/payload-types'
import { appPool } from '@/platform/database/pool'
import type { FormCaller } from '@/platform/formCaller'
import type { Problem } from '@/platform/problems'
import { createRateLimit } from '@/platform/rateLimit'

import {
  parseRegistration,
  type RegistrationInput,
  type RegistrationProblem,
} from './registrationInput'

export const registrationConsentVersion = '2026-12-02'

// Counted here, so a client has one allowance whichever door (API or the event page) it uses.
const perClient = createRateLimit({ name: 'eventRegister', limit: 10, windowSeconds: 10 * 60 })
// However many clients ask for one address, it gets few messages.
const perAddress = createRateLimit({
  name: 'eventRegisterAddress',
  limit: 5,
  windowSeconds: 60 * 60,
})
/** However often an address is submitted, it gets at most one confirmation message per hour. */
const confirmationInterval = 60 * 60 * 1000

export type RegisterCaller = FormCaller & { user?: PayloadRequest['user'] }

export type RegisterOutcome =
  /** Whether or not the address was already registered: the answer must not tell. */
  | { kind: 'accepted' }
  | { kind: 'problem'; problem: RegistrationProblem | Problem }
  | { kind: 'rateLimited'; retryAfter: number }

const local = { overrideAccess: true, showHiddenFields: true, depth: 0 } as const

/** Whether registration is open now: within its window, and before the event starts. */
export function registrationOpen(
  event: Pick<Event, 'startsAt' | 'registrationOpensAt' | 'registrationClosesAt'>,
  now = Date.now(),
) {
  const opens = event.registrationOpensAt ? Date.parse(event.registrationOpensAt) : -Infinity
  const closes = Date.parse(event.registrationClosesAt ?? event.startsAt)
  return now >= opens && now < closes
}

/** The event as the caller may read it (a draft or another cluster's is not there to them). */
async function readableEvent(
  payload: Payload,
  id: unknown,
  caller: RegisterCaller,
  input: RegistrationInput,
) {
  if (typeof id !== 'string' || !/^[1-9]\d{0,9}$/.test(id)) return undefined
  return (
    (await payload.findByID({
      collection: 'events',
      id: Number(id),
      locale: input.locale,
      depth: 0,
      overrideAccess: false,
      user: caller.user,
      disableErrors: true,
    })) ?? undefined
  )
}

/**
 * Someone asks for a seat: the limits, the checks, then a pending registration whose address
 * is confirmed by a link before any seat is given.
 */
export async function register(
  eventId: unknown,
  body: unknown,
  caller: RegisterCaller,
): Promise<RegisterOutcome> {
  const { payload } = caller
  const pool = appPool(payload)
  const limited = await perClient(pool, caller.address)
  if (!limited.ok) return { kind: 'rateLimited', retryAfter: limited.retryAfter }
  const parsed = parseRegistration(body)
  if (!parsed.ok) return { kind: 'problem', problem: parsed.problem }
  const event = await readableEvent(payload, eventId, caller, parsed.value)
  if (!event) return { kind: 'problem', problem: { key: 'api.register.unknownEvent', status: 404 } }
  if (event.cancelled) {
    return { kind: 'problem', problem: { key: 'api.register.cancelled', status: 409 } }
  }
  if (!registrationOpen(event)) {
    return { kind: 'problem', problem: { key: 'api.register.closed', status: 409 } }
  }
  const byAddress = await perAddress(pool, parsed.value.email)
  if (!byAddress.ok) return { kind: 'rateLimited', retryAfter: byAddress.retryAfter }
  await recordRegistration(payload, event, parsed.value)
  return { kind: 'accepted' }
}

const findRegistration = async (payload: Payload, event: number, email: string) =>
  (
    await payload.find({
      collection: 'registrations',
      where: { and: [{ event: { equals: event } }, { email: { equals: email } }] },
      limit: 1,
      ...local,
    })
  ).docs[0]

async function recordRegistration(payload: Payload, event: Event, input: RegistrationInput) {
  const now = new Date()
  const existing = await findRegistration(payload, event.id, input.email)
  if (existing && ['confirmed', 'waitlisted', 'attended'].includes(existing.status)) return
  const recentlyAsked =
    existing?.status === 'pending' &&
    existing.confirmationSentAt &&
    now.getTime() - Date.parse(existing.confirmationSentAt) < confirmationInterval
  if (recentlyAsked) return
  const data = {
    event: event.id,
    name: input.name,
    email: input.email,
    organisation: input.organisation ?? null,
    locale: input.locale,
    answers: input.answers ?? null,
    status: 'pending' as const,
    clusters: (event.clusters ?? []).map((cluster) =>
      typeof cluster === 'object' ? cluster.id : cluster,
    ),
    consent: {
      text: translate(input.locale, 'consent.register.text'),
      version: registrationConsentVersion,
      locale: input.locale,
      source: `event:${event.id}`,
      givenAt: now.toISOString(),
    },
    confirmationSentAt: now.toISOString(),
    tokenHash: null,
  }
  const registration = existing
    ? await payload.update({ collection: 'registrations', id: existing.id, data, ...local })
    : await createOrExisting(payload, data)
  if (!registration) return
  await payload.jobs.queue({
    task: 'sendRegistrationEmail',
    input: { registrationId: registration.id, kind: 'confirm' },
  })
}

/** Two requests for one new address at once: the unique index lets one in, the other sends nothing. */
async function createOrExisting(payload: Payload, data: Parameters<Payload['create']>[0]['data']) {
  try {
    return await payload.create({ collection: 'registrations', data: data as never, ...local })
  } catch (error) {
    const { event, email } = data as { event: number; email: string }
    if (await findRegistration(payload, event, email)) return undefined
    throw error
  }
}
