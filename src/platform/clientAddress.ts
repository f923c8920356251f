import type { IncomingMessage } from 'node:http'

import ipaddr from 'ipaddr.js'

import { settings } from '@/platform/settings'
import type { TrustedProxies } from '@/platform/trustedProxies'

/**
 * The client's address as our production server computed it (src/server/httpServer.ts). Next
 * gives route handlers and server actions no socket, and X-Forwarded-For is whatever the client
 * wrote unless a trusted proxy wrote its end: so the server replaces any copy a client sends.
 */
export const clientAddressHeader = 'x-arctic-client-address'

type Address = ipaddr.IPv4 | ipaddr.IPv6

const addressOf = (text: string): Address | undefined =>
  ipaddr.isValid(text) ? ipaddr.process(text) : undefined

const trustsAny = (trusted: TrustedProxies) =>
  'ranges' in trusted ? trusted.ranges.length > 0 : trusted.hops > 0

const isTrustedProxy = (trusted: TrustedProxies, hop: number, address: Address | undefined) =>
  'ranges' in trusted
    ? !!address && ipaddr.subnetMatch(address, { trusted: trusted.ranges }) === 'trusted'
    : hop < trusted.hops

/**
 * The client: walking from the socket's peer leftwards through X-Forwarded-For, the first hop
 * that is not a trusted proxy (or the leftmost entry if all are). Each trusted proxy vouches
 * only for the entry it appended; what lies further left is the client's own writing.
 *
 * `peer` undefined: the socket is out of sight (`next dev`, tests calling route handlers).
 * With no trusted proxies the answer is then 'local', never a header; with some, the unseen
 * peer counts as the first of them.
 */
export function clientAddressOf(
  peer: string | undefined,
  forwardedFor: string | string[] | null | undefined,
  trusted: TrustedProxies,
): string {
  const unseen = peer === undefined
  if (unseen && !trustsAny(trusted)) return 'local'
  const written = [forwardedFor ?? []]
    .flat()
    .join(',')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const hops = [peer, ...written.reverse()]
  let client = peer ?? 'local'
  for (const [index, hop] of hops.entries()) {
    const address = hop === undefined ? undefined : addressOf(hop)
    if (address) client = address.toString()
    // A trusted proxy passed on something that is not an address: it is as far as we can see.
    else if (index > 0) break
    if (!(index === 0 && unseen) && !isTrustedProxy(trusted, index, address)) break
  }
  return client
}

/** What our production server does to every request before Next sees it. */
export function setClientAddress(request: IncomingMessage, trusted: TrustedProxies): void {
  request.headers[clientAddressHeader] = clientAddressOf(
    request.socket.remoteAddress ?? 'unknown',
    request.headers['x-forwarded-for'],
    trusted,
  )
}

const serverMark = Symbol.for('arctic-newsroom.clientAddressHeader')
type Marked = { [serverMark]?: true }

/**
 * Called once by our production server, in the process that also runs Next's handlers: from
 * then on every request carries our header. Without the mark (`next dev`, tests) the header
 * is whatever a client sent, and is ignored.
 */
export function announceClientAddressHeader(): void {
  ;(globalThis as Marked)[serverMark] = true
}

/** The client's address for a request Next hands to a route handler or server action. */
export function requestClientAddress(headers: Headers): string {
  if ((globalThis as Marked)[serverMark]) return headers.get(clientAddressHeader) ?? 'unknown'
  return clientAddressOf(undefined, headers.get('x-forwarded-for'), settings.trustedProxies)
}
