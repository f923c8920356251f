import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { en } from '@/i18n/en'
import { fi } from '@/i18n/fi'
import type { Locale } from '@/i18n/locales'
import { sv } from '@/i18n/sv'

import { graphql, login, rest } from '../helpers/api'
import { bootPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

/**
 * Every message of an API answer in one language: the one the client asked for in
 * Accept-Language, English without it; Payload's own errors as well as ours. A message counts
 * as in a language when it is one of that language's texts (Payload's catalogue and ours, any
 * placeholder filled) and none of the other two languages'.
 */
let payload: Payload
let editorToken: string
let catalogue: Record<Locale, RegExp[]>

const languages: Locale[] = ['fi', 'sv', 'en']

/** Each request a client might get wrong, with no Accept-Language of its own. */
const badRequests: Record<string, (headers: Record<string, string>) => Promise<Response>> = {
  'an unknown locale (our guard)': (headers) => rest('news?locale=xx', { headers }),
  'a news item that is not there (Payload)': (headers) => rest('news/987654', { headers }),
  'an anonymous write (Payload)': (headers) =>
    rest('news', { method: 'POST', body: { title: 'x' }, headers }),
  'users, anonymously (Payload)': (headers) => rest('users', { headers }),
  'a wrong password (Payload)': (headers) =>
    rest('users/login', {
      method: 'POST',
      body: { email: 'nobody@example.test', password: 'not the password at all' },
      headers,
    }),
  'a search without a query (ours)': (headers) => rest('search?q=a&locale=fi', { headers }),
  'a join request without fields (ours)': (headers) =>
    rest('join', { method: 'POST', body: {}, headers }),
  'an expert without a name, by an editor (Payload’s validation)': (headers) =>
    rest('experts', { method: 'POST', body: {}, headers, token: editorToken }),
  'a news item that is not there, over GraphQL (Payload)': (headers) =>
    graphql('{ News(id: 987654) { title } }', { headers }),
}

const texts = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(texts)
      : []

/** A text with its placeholders filled; one ending in a colon is followed by a list (of fields). */
const pattern = (text: string) =>
  new RegExp(
    `^${text
      .split(/\{\{?[^}]+\}\}?/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+')}${text.endsWith(':') ? ' .+' : ''}$`,
    's',
  )

/** The `message`s of an answer, at any depth (Payload's validation lists one per field). */
const messagesOf = (body: unknown): string[] =>
  Array.isArray(body)
    ? body.flatMap(messagesOf)
    : body && typeof body === 'object'
      ? Object.entries(body).flatMap(([key, value]) =>
          key === 'message' && typeof value === 'string' ? [value] : messagesOf(value),
        )
      : []

const isIn = (language: Locale, message: string) =>
  catalogue[language].some((text) => text.test(message))

beforeAll(async () => {
  payload = await bootPayload()
  const editor = await createUser(payload, 'editor', 'kieli-editor@example.test')
  editorToken = await login(editor.email, 'correct horse battery staple')
  const i18n = payload.config.i18n as unknown as {
    supportedLanguages: Record<Locale, { translations: object }>
    translations: Record<Locale, object>
  }
  const ours = { fi, sv, en }
  catalogue = Object.fromEntries(
    languages.map((language) => [
      language,
      [
        ...texts(i18n.supportedLanguages[language].translations),
        ...texts(i18n.translations[language]),
        ...texts(ours[language]),
      ].map(pattern),
    ]),
  ) as Record<Locale, RegExp[]>
})

afterAll(async () => {
  await payload.destroy()
})

describe('API error messages in one language per request', () => {
  const asked: [string, Record<string, string>, Locale][] = [
    ['Finnish', { 'Accept-Language': 'fi-FI,fi;q=0.9,en;q=0.5' }, 'fi'],
    ['Swedish', { 'Accept-Language': 'sv-FI,sv;q=0.9' }, 'sv'],
    ['English', { 'Accept-Language': 'en-GB' }, 'en'],
    ['no Accept-Language', {}, 'en'],
    ['a language we do not have', { 'Accept-Language': 'de-DE,de;q=0.9' }, 'en'],
  ]

  it.each(asked)('asked for %s', async (_, headers, language) => {
    for (const [what, send] of Object.entries(badRequests)) {
      // GraphQL answers a missing document with 200 and `errors`, as its specification says.
      const body = await (await send(headers)).json()
      expect(body.errors, what).toBeDefined()
      const messages = messagesOf(body.errors)
      expect(messages.length, what).toBeGreaterThan(0)
      for (const message of messages) {
        expect(isIn(language, message), `${what}: “${message}” in ${language}`).toBe(true)
        for (const other of languages.filter((each) => each !== language)) {
          expect(isIn(other, message), `${what}: “${message}” also in ${other}`).toBe(false)
        }
      }
    }
  })

  it('follows the language the admin chose (Payload’s cookie) over the browser’s', async () => {
    const response = await rest('news/987654', {
      headers: { 'Accept-Language': 'en-GB', Cookie: 'payload-lng=sv' },
    })
    const [message] = messagesOf(await response.json())
    expect(isIn('sv', message!), message).toBe(true)
  })
})
