import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A delivery is the log of one event sent to one partner: without the partner it can be
 * neither read in context nor sent again, and its partner column may not be empty. So it goes
 * with the partner, in the same transaction. To keep the log, deactivate the partner instead.
 */
export const deleteWebhookDeliveries: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'webhook-deliveries',
    where: { partner: { equals: id } },
    req,
  })
}
