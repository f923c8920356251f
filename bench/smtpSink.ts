/** An SMTP server that accepts and discards everything: the far end of the send benchmarks. */
import type { Socket } from 'node:net'

import { SMTPServer } from 'smtp-server'

const port = Number(process.argv[2])
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  closeTimeout: 50,
  onData(stream, _session, callback) {
    stream.on('end', () => callback())
    stream.resume()
  },
})
// Without TCP_NODELAY, delayed ACKs on loopback cap each connection at ~25 messages a second.
server.server.on('connection', (socket: Socket) => socket.setNoDelay(true))
server.on('error', () => {})
server.listen(port, '127.0.0.1', () => process.send?.('ready'))
