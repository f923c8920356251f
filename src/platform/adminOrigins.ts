import { hostname, networkInterfaces } from 'node:os'

import { settings, type Settings } from './settings'

/** This machine's own names and addresses, as a browser on it or on its network may use them. */
export function machineHosts(): string[] {
  const addresses = Object.values(networkInterfaces())
    .flat()
    .filter((entry) => entry && !entry.internal)
    .map((entry) => (entry!.family === 'IPv6' ? `[${entry!.address}]` : entry!.address))
    .filter((address) => !address.startsWith('[fe80:'))
  return [...new Set(['localhost', '127.0.0.1', '[::1]', hostname().toLowerCase(), ...addresses])]
}

const hostOf = (url: string) => new URL(url).hostname

/**
 * The hosts `next dev` serves its scripts to (Next's `allowedDevOrigins`, hostnames without a
 * port): SERVER_URL's and this machine's. Other hosts get a white page from `next dev`.
 */
export function devHosts(own: Settings = settings): string[] {
  const configured = own.configuredServerUrl ? [hostOf(own.configuredServerUrl)] : []
  // Next compares bare hostnames: IPv6 ones without their brackets.
  return [
    ...new Set([...configured, ...machineHosts()].map((host) => host.replace(/^\[|\]$/g, ''))),
  ]
}

/**
 * The origins whose requests may carry the login cookie (Payload's `csrf` list). Production:
 * SERVER_URL only. Development: SERVER_URL and this machine at PORT under each of its names,
 * so the admin works at `localhost`, `127.0.0.1` or the machine's name alike.
 */
export function cookieOrigins(own: Settings = settings): string[] {
  const configured = own.configuredServerUrl ? [new URL(own.configuredServerUrl).origin] : []
  if (!own.development) return configured
  const local = machineHosts().map((host) => `http://${host}:${own.port}`)
  return [...new Set([...configured, ...local])]
}

/**
 * Payload's `serverURL`: the admin calls the API there and only there. Development leaves it
 * empty, so the admin calls its own origin, whichever address it was opened at.
 */
export const payloadServerUrl = (own: Settings = settings): string | undefined =>
  own.development ? undefined : own.configuredServerUrl
