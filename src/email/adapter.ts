import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

import { settings } from '@/platform/settings'

import { emailFrom, mailTransport } from './transport'

/** Payload's mail (password resets) over our SMTP transport; unset SMTP_URL: Payload logs mail. */
export function emailAdapter() {
  if (!settings.smtp.url) return undefined
  const [, name = 'Arctic Smartness', address = emailFrom()] =
    /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(emailFrom()) ?? []
  return nodemailerAdapter({
    defaultFromAddress: address,
    defaultFromName: name,
    transport: mailTransport(),
    skipVerify: true,
  })
}
