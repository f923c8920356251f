import ipaddr from 'ipaddr.js'

type Address = ipaddr.IPv4 | ipaddr.IPv6

/** Which X-Forwarded-For entries to believe: those written by the last `hops` proxies, or by proxies in `ranges`. */
export type TrustedProxies = { hops: number } | { ranges: [Address, number][] }

const noProxies: TrustedProxies = { hops: 0 }

/**
 * `TRUSTED_PROXIES`: empty (trust none), a hop count (`1`), or addresses and CIDRs
 * (`10.0.0.0/8,::1`). Throws on an entry that is none of these.
 */
export function parseTrustedProxies(value = ''): TrustedProxies {
  const text = value.trim()
  if (text === '') return noProxies
  if (/^\d+$/.test(text)) return { hops: Number(text) }
  const ranges = text.split(',').map((entry): [Address, number] => {
    const item = entry.trim()
    if (ipaddr.isValidCIDR(item)) return ipaddr.parseCIDR(item)
    if (ipaddr.isValid(item)) {
      const address = ipaddr.process(item)
      return [address, address.kind() === 'ipv4' ? 32 : 128]
    }
    throw new Error(
      `"${item}" is neither a hop count nor an address or CIDR range (e.g. 1, or 10.0.0.0/8,127.0.0.1/32)`,
    )
  })
  return { ranges }
}
