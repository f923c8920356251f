import { NotFound, type Endpoint } from 'payload'

import { translate, languageFromHeader } from '@/i18n'

/** POST /api/webhook-deliveries/:id/resend — sends the same event again, as a new series of tries. */
export const resendEndpoint: Endpoint = {
  path: '/:id/resend',
  method: 'post',
  handler: async (req) => {
    const id = Number(req.routeParams?.id)
    const delivery = Number.isInteger(id)
      ? await req.payload.findByID({
          collection: 'webhook-deliveries',
          id,
          disableErrors: true,
          depth: 0,
          overrideAccess: false,
          user: req.user,
        })
      : null
    if (!delivery) throw new NotFound(req.t)
    await req.payload.update({
      collection: 'webhook-deliveries',
      id,
      data: { status: 'pending', attempts: 0, lastResponse: null, lastStatusCode: null },
    })
    await req.payload.jobs.queue({ task: 'deliverWebhook', input: { deliveryId: id } })
    const language = languageFromHeader(req.headers.get('accept-language'))
    return Response.json(
      { message: translate(language, 'api.webhookResendQueued') },
      { status: 202 },
    )
  },
}
