import net from 'node:net'

import nodemailer, { type Transporter } from 'nodemailer'

import { settings } from '@/platform/settings'

let transport: Transporter | undefined

/**
 * One pooled SMTP transport per process, from `SMTP_URL`, shared by Payload's own mail (password
 * resets) and the newsletter sender. Without SMTP_URL (development) messages are rendered to
 * JSON and dropped; Payload then logs its own mail to the console instead.
 */
export function mailTransport(): Transporter {
  if (transport) return transport
  const url = settings.smtp.url
  transport = url
    ? nodemailer.createTransport({
        ...parseSmtpUrl(url),
        pool: true,
        maxConnections: settings.smtp.maxConnections,
        maxMessages: Infinity,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 60_000,
      })
    : nodemailer.createTransport({ jsonTransport: true })
  if (!url) console.warn('SMTP_URL is not set: newsletters are rendered but not sent.')
  return transport
}

/** Closes the pool, so a worker or test can exit. */
export function closeMailTransport(): void {
  transport?.close()
  transport = undefined
}

/**
 * nodemailer leaves Nagle's algorithm on, so every SMTP command waits for the peer's delayed
 * ACK (~40 ms): a pooled connection then manages about 20 messages a second. Plain and
 * STARTTLS connections get a socket without that wait (TLS is layered on it as usual).
 */
export const noDelaySocket =
  (host: string, port: number) =>
  (
    _options: unknown,
    callback: (error: Error | null, socket?: { connection: net.Socket }) => void,
  ) => {
    // Handed over before it connects: nodemailer's own handlers then see a refused connection
    // and fail the message (an error passed to this callback leaves the pool's message hanging).
    const socket = net.connect(port, host)
    socket.setNoDelay(true)
    callback(null, { connection: socket })
  }

function parseSmtpUrl(url: string) {
  const parsed = new URL(url)
  const secure = parsed.protocol === 'smtps:'
  const port = Number(parsed.port || (secure ? 465 : 587))
  return {
    host: parsed.hostname,
    port,
    secure,
    ...(secure ? {} : { getSocket: noDelaySocket(parsed.hostname, port) }),
    auth: parsed.username
      ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) }
      : undefined,
    // Local sinks and tests speak plain SMTP; anything else must offer STARTTLS.
    ignoreTLS: ['127.0.0.1', 'localhost'].includes(parsed.hostname),
  }
}

/** The bare sender address (EMAIL_FROM); names come per language from `senderOf`. */
export const emailFrom = () => settings.smtp.from
