import { readFileSync } from 'node:fs'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { readSettings, settingNames, settings } from '@/platform/settings'

/**
 * The settings module against `.env.example`, and what it does with values: no Payload, no
 * database, only the environment.
 */
const repoRoot = path.resolve(import.meta.dirname, '../..')
const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8')

/** Each `# NAME=…` line of the example, with the comment line just above it. */
function exampleVariables(): { name: string; comment: string }[] {
  const lines = read('.env.example').split('\n')
  return lines.flatMap((line, index) => {
    const name = /^# ([A-Z][A-Z0-9_]*)=/.exec(line)?.[1]
    return name ? [{ name, comment: lines[index - 1]?.replace(/^# /, '') ?? '' }] : []
  })
}

/** Each variable of the module with its one-line doc comment, as written in its source. */
function documentedVariables(): { name: string; comment: string }[] {
  const source = read('src/platform/settings.ts')
  return [...source.matchAll(/\/\*\* (.+) \*\/\n\s+([A-Z][A-Z0-9_]*):/g)].map(
    ([, comment, name]) => ({
      name: name!,
      comment: comment!,
    }),
  )
}

describe('.env.example', () => {
  it('lists every variable the settings read, in their order, each under its doc comment', () => {
    const example = exampleVariables()
    expect(example.map(({ name }) => name)).toEqual(settingNames)
    const documented = documentedVariables().filter(({ name }) =>
      (settingNames as string[]).includes(name),
    )
    expect(example).toEqual(documented)
  })
})

describe('the settings', () => {
  it('fall back to their defaults; an empty value counts as unset', () => {
    const defaults = readSettings({ PASSWORD_MIN_LENGTH: '', SMTP_MAX_CONNECTIONS: '' })
    expect(defaults.serverUrl).toBe('http://localhost:3000')
    expect(defaults.configuredServerUrl).toBeUndefined()
    expect(defaults.passwordMinLength).toBe(12)
    expect(defaults.smtp.maxConnections).toBe(5)
    expect(defaults.webhooks.allowPrivateTargets).toBe(false)
    expect(defaults.trustedProxies).toEqual({ hops: 0 })
    expect(defaults.firstAdmin).toBeUndefined()
    expect(readSettings({ PORT: '8080' }).serverUrl).toBe('http://localhost:8080')
  })

  it('are typed from the text: numbers, yes or no, lists, addresses without a trailing slash', () => {
    const parsed = readSettings({
      SERVER_URL: 'https://uutiset.example.fi/',
      IMAGE_MAX_MEGAPIXELS: '2.5',
      S3_FORCE_PATH_STYLE: 'true',
      DATABASE_READ_REPLICA_URIS: 'postgres://r1:5432/news, postgres://r2:5432/news',
      NEWS_URL_PATTERN: 'https://partner.example/{locale}/{slug}',
      NEWS_URL_PATTERN_SV: 'https://partner.example/nyheter/{slug}',
    })
    expect(parsed.serverUrl).toBe('https://uutiset.example.fi')
    expect(parsed.media.maxMegapixels).toBe(2.5)
    expect(parsed.media.forcePathStyle).toBe(true)
    expect(parsed.database.readReplicaUris).toEqual([
      'postgres://r1:5432/news',
      'postgres://r2:5432/news',
    ])
    expect(parsed.newsUrlPattern('fi')).toBe('https://partner.example/{locale}/{slug}')
    expect(parsed.newsUrlPattern('sv')).toBe('https://partner.example/nyheter/{slug}')
  })

  it('refuse bad values with a message naming each variable and what it expects', () => {
    const attempt = () =>
      readSettings({ PASSWORD_MIN_LENGTH: 'twelve', SMTP_MAX_CONNECTIONS: '0', LOG_FORMAT: 'xml' })
    expect(attempt).toThrow(/PASSWORD_MIN_LENGTH \("twelve"\): expected a whole number from 1/)
    expect(attempt).toThrow(/SMTP_MAX_CONNECTIONS \("0"\): expected a whole number from 1/)
    expect(attempt).toThrow(/LOG_FORMAT \("xml"\)/)
    expect(() => readSettings({ NEWS_URL_PATTERN: 'https://partner.example/news' })).toThrow(
      /NEWS_URL_PATTERN .*\{slug\}/,
    )
  })

  it('name a bad secret without showing it', () => {
    const attempt = () => readSettings({ SMTP_URL: 'http://mailer:hunter2@smtp.example.fi' })
    expect(attempt).toThrow(/SMTP_URL: expected an smtp:\/\/ or smtps:\/\/ address/)
    expect(attempt).not.toThrow(/hunter2/)
  })

  it('require PAYLOAD_SECRET in production, except while `next build` runs', () => {
    expect(() => readSettings({ NODE_ENV: 'production' }).payloadSecret).toThrow(/PAYLOAD_SECRET/)
    const building = readSettings({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })
    expect(building.payloadSecret).toBeTruthy()
    expect(readSettings({ NODE_ENV: 'production', PAYLOAD_SECRET: 's3cret' }).payloadSecret).toBe(
      's3cret',
    )
  })
})

describe("this process's settings", () => {
  const before = { ...process.env }
  afterEach(() => {
    for (const name of ['PASSWORD_MIN_LENGTH', 'NEWSLETTER_BATCH_SIZE']) {
      if (before[name] === undefined) delete process.env[name]
      else process.env[name] = before[name]
    }
  })

  it('read most variables once, and the few that tests change at each use', () => {
    const batchSize = settings.newsletter.batchSize
    process.env.NEWSLETTER_BATCH_SIZE = String(batchSize + 1)
    expect(settings.newsletter.batchSize).toBe(batchSize)

    process.env.PASSWORD_MIN_LENGTH = '31'
    expect(settings.passwordMinLength).toBe(31)
    process.env.PASSWORD_MIN_LENGTH = 'long'
    expect(() => settings.passwordMinLength).toThrow(/PASSWORD_MIN_LENGTH \("long"\)/)
  })
})
