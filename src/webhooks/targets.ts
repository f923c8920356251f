import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'

import ipaddr from 'ipaddr.js'

/** Tests and local development send webhooks to this machine; production must not. */
export const privateTargetsAllowed = (): boolean =>
  process.env.WEBHOOKS_ALLOW_PRIVATE_TARGETS === 'true'

export type TargetProblem = 'badUrl' | 'privateTarget'

/** Only unicast addresses reach the public internet; loopback, private, link-local do not. */
export const isPublicAddress = (address: string): boolean =>
  ipaddr.process(address).range() === 'unicast'

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
