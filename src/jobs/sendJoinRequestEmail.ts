import type { PayloadRequest, TaskConfig } from 'payload'

import { companyEmail, coordinatorEmail, fallbackEmail } from '@/email/joinRequestEmails'
import { senderOf } from '@/email/sender'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { fallbackRecipients, respondersOf } from '@/join/responders'
import type { Expert, JoinRequest } from '@/payload-types'

/**
 * One message about a join request: to the company (no `expertId`), to one coordinator, or to
 * the fallback address for the clusters without one (`fallback`). One job per message, so a
 * retry never sends the others again.
 */
export const sendJoinRequestEmailTask: TaskConfig<'sendJoinRequestEmail'> = {
  slug: 'sendJoinRequestEmail',
  inputSchema: [
    { name: 'joinRequestId', type: 'number', required: true },
    { name: 'expertId', type: 'number' },
    { name: 'fallback', type: 'checkbox' },
  ],
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const request = (await req.payload.findByID({
      collection: 'joinRequests',
      id: input.joinRequestId,
      depth: 0,
      disableErrors: true,
    })) as JoinRequest | null
    if (!request) return { output: {} }
    const companyLocale = request.source?.locale ?? 'fi'
    if (input.fallback) {
      // The newsroom's own people read Finnish, the source language of everything here.
      const locale = defaultLocale
      const to = await fallbackRecipients(req.payload, req)
      if (!to.length) {
        req.payload.logger.error(`join request ${request.id}: no editor or admin to send it to`)
        return { output: {} }
      }
      const { unanswered } = await respondersOf(req.payload, clusterIdsOf(request), locale, req)
      const names = await clusterNames(req, request, locale)
      const message = fallbackEmail(locale, request, names, unanswered)
      await req.payload.sendEmail({ to, replyTo: request.contact.email, ...message })
      return { output: {} }
    }
    if (!input.expertId) {
      const names = await clusterNames(req, request, companyLocale)
      const responders = await respondersOf(req.payload, clusterIdsOf(request), companyLocale, req)
      const message = companyEmail(companyLocale, request, names, responders)
      await req.payload.sendEmail({
        from: senderOf(companyLocale),
        to: request.contact.email,
        ...message,
      })
      return { output: {} }
    }
    const expert = (await req.payload.findByID({
      collection: 'experts',
      id: input.expertId,
      depth: 0,
      disableErrors: true,
    })) as Expert | null
    if (!expert?.email) return { output: {} }
    const locale = coordinatorLocale(expert, companyLocale)
    const message = coordinatorEmail(locale, request, await clusterNames(req, request, locale))
    await req.payload.sendEmail({ to: expert.email, replyTo: request.contact.email, ...message })
    return { output: {} }
  },
}

/** The company's language if the coordinator speaks it, else the first of ours they speak. */
function coordinatorLocale(expert: Expert, companyLocale: Locale): Locale {
  const spoken = (expert.languages ?? []).filter(isLocale)
  if (spoken.includes(companyLocale)) return companyLocale
  return spoken[0] ?? 'fi'
}

const clusterIdsOf = (request: JoinRequest) =>
  (request.clusters ?? []).map((c) => (typeof c === 'object' ? c.id : c))

async function clusterNames(req: PayloadRequest, request: JoinRequest, locale: Locale) {
  const ids = clusterIdsOf(request)
  const { docs } = await req.payload.find({
    collection: 'clusters',
    where: { id: { in: ids } },
    locale,
    depth: 0,
    limit: ids.length,
    select: { name: true },
  })
  return docs.map((doc) => doc.name)
}
