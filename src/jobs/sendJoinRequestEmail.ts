import type { PayloadRequest, TaskConfig } from 'payload'

import { companyEmail, coordinatorEmail } from '@/email/joinRequestEmails'
import { isLocale, type Locale } from '@/i18n/locales'
import type { Expert, JoinRequest } from '@/payload-types'

/**
 * One message about a join request: to the company (no `expertId`) or to one coordinator.
 * One job per message, so a retry never sends the others again.
 */
export const sendJoinRequestEmailTask: TaskConfig<'sendJoinRequestEmail'> = {
  slug: 'sendJoinRequestEmail',
  inputSchema: [
    { name: 'joinRequestId', type: 'number', required: true },
    { name: 'expertId', type: 'number' },
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
    if (!input.expertId) {
      const names = await clusterNames(req, request, companyLocale)
      const message = companyEmail(companyLocale, request, names)
      await req.payload.sendEmail({ to: request.contact.email, ...message })
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

async function clusterNames(req: PayloadRequest, request: JoinRequest, locale: Locale) {
  const ids = (request.clusters ?? []).map((c) => (typeof c === 'object' ? c.id : c))
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
