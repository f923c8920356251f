import { hostname } from 'node:os'

import { describe, expect, it } from 'vitest'

import { cookieOrigins, devHosts, payloadServerUrl } from '@/platform/adminOrigins'
import { readSettings } from '@/platform/settings'

/**
 * The addresses the admin works at. `next dev` serves its scripts only to the hosts of
 * `allowedDevOrigins` (a white page elsewhere), and Payload takes the login cookie only from the
 * origins of its `csrf` list (a 401 on every save elsewhere).
 */
const development = { NODE_ENV: 'development', PORT: '3100' }

describe('the admin’s addresses', () => {
  it('in development: this machine under each of its names, and SERVER_URL', () => {
    const own = readSettings({ ...development, SERVER_URL: 'http://127.0.0.1:3100' })
    expect(devHosts(own)).toEqual(
      expect.arrayContaining(['localhost', '127.0.0.1', '::1', hostname().toLowerCase()]),
    )
    expect(cookieOrigins(own)).toEqual(
      expect.arrayContaining([
        'http://127.0.0.1:3100',
        'http://localhost:3100',
        `http://${hostname().toLowerCase()}:3100`,
      ]),
    )
    // The admin calls the API on the address it was opened at.
    expect(payloadServerUrl(own)).toBeUndefined()
  })

  it('in development: a SERVER_URL elsewhere is served too', () => {
    const own = readSettings({ ...development, SERVER_URL: 'https://newsroom.example.test' })
    expect(devHosts(own)).toContain('newsroom.example.test')
    expect(cookieOrigins(own)[0]).toBe('https://newsroom.example.test')
  })

  it('in production: SERVER_URL only, and the admin calls the API there', () => {
    const own = readSettings({
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'x'.repeat(32),
      SERVER_URL: 'https://uutiset.example.fi/',
    })
    expect(cookieOrigins(own)).toEqual(['https://uutiset.example.fi'])
    expect(payloadServerUrl(own)).toBe('https://uutiset.example.fi')
  })

  it('in production without SERVER_URL: no list, so Payload takes the cookie from any origin', () => {
    const own = readSettings({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(32) })
    expect(cookieOrigins(own)).toEqual([])
  })
})
