import type { Payload, TaskConfig } from 'payload'

import { settings } from '@/platform/settings'
import { postJson } from '@/webhooks/post'
import { sign, signatureHeader } from '@/webhooks/signature'

/**
 * Exponential backoff: with the default 10 s base (WEBHOOK_RETRY_BASE_MS), 13 retries span
 * about 23 hours — a partner site that is down for most of a day still gets every event.
 */
export const webhookRetries = 13

export const deliverWebhookTask: TaskConfig<'deliverWebhook'> = {
  slug: 'deliverWebhook',
  inputSchema: [{ name: 'deliveryId', type: 'number', required: true }],
  retries: {
    attempts: webhookRetries,
    backoff: { type: 'exponential', delay: settings.webhooks.retryBaseMs },
  },
  handler: async ({ input, req }) => {
    const { payload } = req
    const delivery = await payload.findByID({
      collection: 'webhook-deliveries',
      id: input.deliveryId,
      depth: 1,
      disableErrors: true,
    })
    const partner = typeof delivery?.partner === 'object' ? delivery.partner : undefined
    if (!delivery || delivery.status === 'delivered') return { output: {} }
    const attempts = (delivery.attempts ?? 0) + 1
    const finalAttempt = attempts > webhookRetries
    if (!partner?.active || !partner.webhookUrl || !partner.webhookSecret) {
      await record(payload, delivery.id, {
        status: 'failed',
        attempts,
        lastResponse: 'partner inactive or without webhook',
      })
      return { output: {} }
    }
    const result = await postJson(partner.webhookUrl, delivery.body, {
      [signatureHeader]: sign(partner.webhookSecret, delivery.body),
      'X-Arctic-Event-Id': delivery.eventId,
      'User-Agent': 'ArcticNewsroom-Webhooks/1',
    })
    const ok = 'status' in result && result.status >= 200 && result.status < 300
    await record(payload, delivery.id, {
      status: ok ? 'delivered' : finalAttempt ? 'failed' : 'retrying',
      attempts,
      lastStatusCode: 'status' in result ? result.status : null,
      lastResponse: 'status' in result ? result.body : result.error,
      deliveredAt: ok ? new Date().toISOString() : null,
    })
    // Throwing hands the retry, and its backoff, to Payload's queue.
    if (!ok && !finalAttempt)
      throw new Error(`webhook answered ${'status' in result ? result.status : result.error}`)
    return { output: {} }
  },
}

type Update = {
  status: 'pending' | 'retrying' | 'delivered' | 'failed'
  attempts: number
  lastStatusCode?: number | null
  lastResponse?: string | null
  deliveredAt?: string | null
}

// Outside the task's transaction: the attempt stays recorded when the task throws for a retry.
const record = (payload: Payload, id: number, data: Update) =>
  payload.update({
    collection: 'webhook-deliveries',
    id,
    data: { ...data, lastAttemptAt: new Date().toISOString() },
  })
