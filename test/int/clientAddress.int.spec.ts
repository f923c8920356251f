import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { clientAddressHeader, clientAddressOf, setClientAddress } from '@/platform/clientAddress'
import { appPool, databaseAdapter } from '@/platform/database/pool'
import { clientAddress, createRateLimit } from '@/platform/rateLimit'
import { readSettings } from '@/platform/settings'
import { parseTrustedProxies, type TrustedProxies } from '@/platform/trustedProxies'

import { rest } from '../helpers/api'
import { bootPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await bootPayload()
})

afterAll(async () => {
  await payload.destroy()
})

const none = parseTrustedProxies('')
const oneHop = parseTrustedProxies('1')
const ranges = parseTrustedProxies('10.0.0.0/8, 127.0.0.1/32')

describe('the client address', () => {
  it('is the socket peer, whatever X-Forwarded-For says, unless TRUSTED_PROXIES is set', () => {
    expect(clientAddressOf('198.51.100.7', '203.0.113.1', none)).toBe('198.51.100.7')
    expect(clientAddressOf('::ffff:198.51.100.7', undefined, none)).toBe('198.51.100.7')
    // A request whose socket is out of sight (next dev, these tests): one bucket, never a header.
    expect(clientAddressOf(undefined, '203.0.113.1', none)).toBe('local')
  })

  it('with TRUSTED_PROXIES, is the entry the trusted proxy appended, never one the client wrote', () => {
    expect(clientAddressOf('10.0.0.2', 'spoofed, 203.0.113.5', oneHop)).toBe('203.0.113.5')
    expect(clientAddressOf('10.0.0.2', undefined, oneHop)).toBe('10.0.0.2')
    const twoHops = parseTrustedProxies('2')
    expect(clientAddressOf('10.0.0.3', '192.0.2.1, 203.0.113.5, 10.0.0.2', twoHops)).toBe(
      '203.0.113.5',
    )

    expect(clientAddressOf('10.0.0.3', '192.0.2.1, 203.0.113.5, 10.0.0.2', ranges)).toBe(
      '203.0.113.5',
    )
    expect(clientAddressOf('127.0.0.1', '203.0.113.5', ranges)).toBe('203.0.113.5')
    // Straight to the app, not through a proxy: the header is the client's own writing.
    expect(clientAddressOf('198.51.100.7', '203.0.113.5', ranges)).toBe('198.51.100.7')
    // Every hop a proxy: the leftmost is as far as anyone vouches.
    expect(clientAddressOf('10.0.0.3', '10.1.1.1, 10.0.0.2', ranges)).toBe('10.1.1.1')
    expect(clientAddressOf('10.0.0.3', 'not-an-address', ranges)).toBe('10.0.0.3')
  })

  it('refuses a TRUSTED_PROXIES it cannot read, naming the variable', () => {
    expect(() => readSettings({ TRUSTED_PROXIES: '10.0.0.0/8, proxy.internal' })).toThrow(
      /TRUSTED_PROXIES .*: "proxy.internal" is neither/,
    )
  })

  it('counts an IPv6 client by its /64', () => {
    const bucket = (address: string) => clientAddress(new Headers({ 'X-Forwarded-For': address }))
    expect(bucket('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64')
    expect(bucket('2001:db8:1:2:ffff::9')).toBe('2001:db8:1:2::/64')
    expect(bucket('203.0.113.5')).toBe('203.0.113.5')
  })

  it('is set by the production server, replacing a copy the client sent', async () => {
    const echo = async (trusted: TrustedProxies, headers: Record<string, string>) => {
      // What startHttpServer does first with every request, before Next sees it.
      const server = http.createServer((req, res) => {
        setClientAddress(req, trusted)
        res.end(req.headers[clientAddressHeader])
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      try {
        const { port } = server.address() as AddressInfo
        return await (await fetch(`http://127.0.0.1:${port}/`, { headers })).text()
      } finally {
        await new Promise((resolve) => server.close(resolve))
      }
    }
    const spoofed = { [clientAddressHeader]: '192.0.2.99', 'X-Forwarded-For': '203.0.113.5' }
    expect(await echo(none, spoofed)).toBe('127.0.0.1')
    expect(await echo(oneHop, spoofed)).toBe('203.0.113.5')
    expect(await echo(oneHop, { [clientAddressHeader]: '192.0.2.99' })).toBe('127.0.0.1')
  })
})

describe('rate limits', () => {
  async function withTrustedProxies<T>(value: string, run: () => Promise<T>): Promise<T> {
    const before = process.env.TRUSTED_PROXIES
    process.env.TRUSTED_PROXIES = value
    try {
      return await run()
    } finally {
      if (before === undefined) delete process.env.TRUSTED_PROXIES
      else process.env.TRUSTED_PROXIES = before
    }
  }
  const statuses = async (count: number, send: (i: number) => Promise<Response>) => {
    const seen = []
    for (let i = 0; i < count; i++) seen.push((await send(i)).status)
    return seen
  }
  // A new made-up address per request, in both headers a client might hope we read.
  const made = (i: number) => ({
    'X-Forwarded-For': `198.51.100.${i + 1}`,
    [clientAddressHeader]: `192.0.2.${i + 1}`,
  })

  it('are not escaped by a new X-Forwarded-For per request from an untrusted client', async () => {
    await withTrustedProxies('', async () => {
      process.env.API_RATE_LIMIT_PER_MINUTE = '3'
      try {
        const api = await statuses(4, (i) => rest('clusters', { headers: made(i) }))
        expect(api).toEqual([200, 200, 200, 429])
      } finally {
        process.env.API_RATE_LIMIT_PER_MINUTE = '100000'
      }
      // Limits come before the input is read: an empty body counts as an attempt (400).
      const join = await statuses(6, (i) =>
        rest('join', { method: 'POST', body: {}, headers: made(i) }),
      )
      expect(join).toEqual([400, 400, 400, 400, 400, 429])
      const subscribe = await statuses(11, (i) =>
        rest('newsletter/subscribe', { method: 'POST', body: {}, headers: made(i) }),
      )
      expect(subscribe).toEqual([...Array<number>(10).fill(400), 429])
    })
  })

  it('with TRUSTED_PROXIES, count the address the proxy saw, whatever the client wrote before it', async () => {
    await withTrustedProxies('1', async () => {
      const via = (i: number) => ({ 'X-Forwarded-For': `192.0.2.${i + 1}, 203.0.113.50` })
      const join = await statuses(6, (i) =>
        rest('join', { method: 'POST', body: {}, headers: via(i) }),
      )
      expect(join).toEqual([400, 400, 400, 400, 400, 429])
      const other = { 'X-Forwarded-For': '192.0.2.1, 203.0.113.51' }
      expect((await rest('join', { method: 'POST', body: {}, headers: other })).status).toBe(400)
    })
  })

  it('are one count for all app instances on one database', async () => {
    // Two instances: each its own limiter objects (memory) and its own pool, one database.
    const adapter = databaseAdapter(payload)
    const otherPool = new adapter.pg.Pool(adapter.poolOptions)
    const options = { name: 'two-instances', limit: 5, windowSeconds: 600 }
    const [first, second] = [createRateLimit(options), createRateLimit(options)]
    try {
      const answers = []
      for (let i = 0; i < 3; i++) answers.push(await first(appPool(payload), 'client'))
      for (let i = 0; i < 3; i++) answers.push(await second(otherPool, 'client'))
      expect(answers.map((answer) => answer.ok)).toEqual([true, true, true, true, true, false])
    } finally {
      await otherPool.end()
    }
  })
})
