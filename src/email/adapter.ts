import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

import { settings } from '@/platform/settings'

import { senderOf } from './sender'
import { mailTransport } from './transport'

/** Payload's mail (password resets) over our SMTP transport; unset SMTP_URL: Payload logs mail. */
export function emailAdapter() {
  if (!settings.smtp.url) return undefined
  // Payload's mail is the admin's (password resets): the Finnish name.
  const { name, address } = senderOf('fi')
  return nodemailerAdapter({
    defaultFromAddress: address,
    defaultFromName: name,
    transport: mailTransport(),
    skipVerify: true,
  })
}
