import type { Delivery } from '@/payload-types'

/** What a delivery row keeps about one message to a person, as their download shows it. */
export const deliveryRecord = (delivery: Delivery) => ({
  email: delivery.email,
  locale: delivery.locale,
  status: delivery.status,
  attempts: delivery.attempts,
  queuedAt: delivery.createdAt,
  sentAt: delivery.sentAt ?? null,
  lastError: delivery.lastError ?? null,
})
