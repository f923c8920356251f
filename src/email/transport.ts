import nodemailer, { type Transporter } from 'nodemailer'

let transport: Transporter | undefined

/**
 * One pooled SMTP transport per process, from `SMTP_URL`, shared by Payload's own mail (password
 * resets) and the newsletter sender. Without SMTP_URL (development) messages are rendered to
 * JSON and dropped; Payload then logs its own mail to the console instead.
 */
export function mailTransport(): Transporter {
  if (transport) return transport
  const url = process.env.SMTP_URL
  transport = url
    ? nodemailer.createTransport({
        ...parseSmtpUrl(url),
        pool: true,
        maxConnections: Number(process.env.SMTP_MAX_CONNECTIONS ?? 5),
        maxMessages: Infinity,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 60_000,
      })
    : nodemailer.createTransport({ jsonTransport: true })
  return transport
}

/** Closes the pool, so a worker or test can exit. */
export function closeMailTransport(): void {
  transport?.close()
  transport = undefined
}

function parseSmtpUrl(url: string) {
  const parsed = new URL(url)
  return {
    host: parsed.hostname,
    port: Number(parsed.port || (parsed.protocol === 'smtps:' ? 465 : 587)),
    secure: parsed.protocol === 'smtps:',
    auth: parsed.username
      ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) }
      : undefined,
    // Local sinks and tests speak plain SMTP; anything else must offer STARTTLS.
    ignoreTLS: ['127.0.0.1', 'localhost'].includes(parsed.hostname),
  }
}

export const emailFrom = () => process.env.EMAIL_FROM ?? 'Arctic Smartness <uutiset@localhost>'
