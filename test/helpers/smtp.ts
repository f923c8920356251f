import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer, type SMTPServerAddress } from 'smtp-server'

type Refusal = { code: number; message: string }

export type SmtpSink = {
  /** What SMTP_URL says to send here. */
  url: string
  messages: ParsedMail[]
  /** When each message was accepted (ms since the epoch), in the order of `messages`. */
  receivedAt: number[]
  /** Recipients of every accepted message, in arrival order. */
  recipients: () => string[]
  waitFor: (count: number, timeoutMs?: number) => Promise<void>
  close: () => Promise<void>
}

type Options = {
  port?: number
  /** A refusal for this recipient now, or nothing to accept it. */
  refuse?: (recipient: string) => Refusal | undefined
  /** Time taken to accept each message. */
  delayMs?: number
}

export const smtpPort = () => Number(new URL(process.env.SMTP_URL!).port)

/** A real SMTP server in this process, keeping what it accepted, parsed. */
export async function startSmtpSink({ port = smtpPort(), refuse, delayMs = 0 }: Options = {}) {
  const messages: ParsedMail[] = []
  const receivedAt: number[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // The sender's pooled connections stay open; closing should not wait for them.
    closeTimeout: 50,
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      const refusal = refuse?.(address.address)
      if (!refusal) return callback()
      const error = new Error(refusal.message) as Error & { responseCode: number }
      error.responseCode = refusal.code
      callback(error)
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs))
          messages.push(parsed)
          receivedAt.push(Date.now())
          callback()
        })
        .catch(callback)
    },
  })
  // A sender that dies mid-message (the kill tests) resets its connections: expected here.
  server.on('error', () => {})
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const sink: SmtpSink = {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    receivedAt,
    recipients: () => messages.flatMap((message) => addressesOf(message)),
    waitFor: async (count, timeoutMs = 30_000) => {
      const deadline = Date.now() + timeoutMs
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`got ${messages.length} of ${count} messages`)
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
  return sink
}

const addressesOf = (message: ParsedMail) =>
  [message.to ?? []].flat().flatMap((to) => to.value.map((entry) => entry.address ?? ''))
