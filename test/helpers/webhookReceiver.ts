import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type Received = { headers: http.IncomingHttpHeaders; body: string }

/** A partner's webhook endpoint: records what arrives, answers with the statuses it is told. */
export async function startWebhookReceiver() {
  const received: Received[] = []
  const statuses: number[] = []
  const server = http.createServer((request, response) => {
    let body = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => (body += chunk))
    request.on('end', () => {
      received.push({ headers: request.headers, body })
      response.writeHead(statuses.shift() ?? 204).end(statuses.length ? 'try later' : '')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks/arctic`,
    received,
    /** The next answers, in order; after them, 204. */
    answerWith: (...next: number[]) => statuses.push(...next),
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}
