import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'

import ipaddr from 'ipaddr.js'

import { settings } from '@/platform/settings'

/** Tests and local development send webhooks to this machine; production must not. */
const privateTargetsAllowed = (): boolean => settings.webhooks.allowPrivateTargets

export type TargetProblem = 'badUrl' | 'privateTarget'

/** Every public IPv6 address is global unicast, 2000::/3; what lies outside is not on the internet. */
const globalUnicast = ipaddr.parseCIDR('2000::/3')

/**
 * Only unicast addresses reach the public internet; loopback, private, link-local do not.
 * An IPv4-mapped address (::ffff:a.b.c.d) is judged as the IPv4 it maps to. Every other IPv6
 * form that carries an IPv4 address is refused whatever it carries, since no webhook receiver
 * lives there and a relay or translator on the way could hand it to an internal address:
 * IPv4-compatible ::a.b.c.d and local-use NAT64 64:ff9b:1::/48 (outside 2000::/3), well-known
 * NAT64 64:ff9b::/96, SIIT ::ffff:0:a.b.c.d, 6to4 2002::/16 and Teredo 2001::/32 (ranges
 * ipaddr.js names other than unicast).
 */
export function isPublicAddress(address: string): boolean {
  const ip = ipaddr.process(address)
  if (ip.range() !== 'unicast') return false
  return ip.kind() === 'ipv4' || ip.match(globalUnicast)
}

const localNames = /(^|\.)(localhost|local|internal|localdomain)$/i

/** What can be told from the URL alone, when an admin saves it. */
export function checkTargetUrl(value: string): TargetProblem | undefined {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'badUrl'
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password) return 'badUrl'
  if (privateTargetsAllowed()) return undefined
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (isIP(host) ? !isPublicAddress(host) : localNames.test(host) || !host.includes('.')) {
    return 'privateTarget'
  }
  return undefined
}

/**
 * Where the name points now, when the webhook is sent: a public name may be made to resolve
 * to an internal address later. Returns the address to connect to, so the check holds.
 */
export async function resolvePublicTarget(url: URL): Promise<string> {
  const host = url.hostname.replace(/^\[|\]$/g, '')
  const addresses = isIP(host) ? [{ address: host }] : await lookup(host, { all: true })
  if (privateTargetsAllowed()) return addresses[0]!.address
  const unsafe = addresses.find(({ address }) => !isPublicAddress(address))
  if (unsafe || !addresses.length) throw new Error(`${host} resolves to a non-public address`)
  return addresses[0]!.address
}
