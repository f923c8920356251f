import http from 'node:http'
import https from 'node:https'
import { isIPv6 } from 'node:net'

import { resolvePublicTarget } from './targets'

export type PostResult = { status: number; body: string } | { error: string }

const timeoutMs = 10_000
const keptResponseBytes = 1_000

/**
 * POSTs to the address the check approved, not to whatever the name resolves to a moment
 * later (DNS rebinding); TLS still verifies the certificate for the name.
 */
export async function postJson(target: string, body: string, headers: Record<string, string>) {
  const url = new URL(target)
  let address: string
  try {
    address = await resolvePublicTarget(url)
  } catch (error) {
    return { error: (error as Error).message } satisfies PostResult
  }
  const family = isIPv6(address) ? 6 : 4
  const client = url.protocol === 'https:' ? https : http
  return new Promise<PostResult>((resolve) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        timeout: timeoutMs,
        headers: { 'Content-Type': 'application/json', ...headers },
        lookup: (_host, options, callback) =>
          options.all
            ? callback(null, [{ address, family }])
            : (callback as (e: null, a: string, f: number) => void)(null, address, family),
      },
      (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => {
          if (text.length < keptResponseBytes) text += chunk
        })
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: text.slice(0, keptResponseBytes) }),
        )
      },
    )
    request.on('timeout', () => request.destroy(new Error(`no answer in ${timeoutMs} ms`)))
    request.on('error', (error) => resolve({ error: error.message }))
    request.end(body)
  })
}
