import type { TaskConfig } from 'payload'

import { confirmationEmail } from '@/email/confirmationEmail'
import { senderOf } from '@/email/sender'
import { confirmUrl, privacyUrls } from '@/newsletter/links'

/** A confirmation link is good for a week. */
const validForMs = 7 * 24 * 60 * 60 * 1000

export const sendConfirmationEmailTask: TaskConfig<'sendConfirmationEmail'> = {
  slug: 'sendConfirmationEmail',
  inputSchema: [{ name: 'subscriberId', type: 'number', required: true }],
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const subscriber = await req.payload.findByID({
      collection: 'subscribers',
      id: input.subscriberId,
      showHiddenFields: true,
      disableErrors: true,
      depth: 0,
    })
    if (subscriber?.status !== 'pending' || !subscriber.confirmationNonce) return { output: {} }
    const sentAt = new Date(subscriber.confirmationSentAt ?? Date.now()).getTime()
    const link = confirmUrl(subscriber.id, subscriber.confirmationNonce, sentAt + validForMs)
    const { subject, html, text } = confirmationEmail(
      subscriber.locale,
      link,
      privacyUrls(subscriber.id),
    )
    // Payload's mail: over SMTP_URL, or (development) written to the console with its link.
    await req.payload.sendEmail({
      from: senderOf(subscriber.locale),
      to: subscriber.email,
      subject,
      html,
      text,
    })
    return { output: {} }
  },
}
