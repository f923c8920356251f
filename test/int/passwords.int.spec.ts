import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { graphql, login, rest } from '../helpers/api'
import { bootPayload } from '../helpers/payload'
import { createUser, testPassword } from '../helpers/users'

let payload: Payload
let adminToken: string

beforeAll(async () => {
  payload = await bootPayload()
  adminToken = await login((await createUser(payload, 'admin')).email, testPassword)
})

afterAll(async () => {
  await payload.destroy()
})

const reason = async (response: Response) =>
  ((await response.json()) as { errors: { message: string }[] }).errors[0]!.message

const newUser = (password: string, language = 'fi') =>
  rest('users', {
    method: 'POST',
    token: adminToken,
    headers: { 'Accept-Language': language },
    body: {
      email: `user-${crypto.randomUUID()}@example.test`,
      password,
      name: 'Uusi',
      roles: ['editor'],
    },
  })

describe('passwords', () => {
  it('of new accounts have at least 12 characters, counted as people count them', async () => {
    for (const password of ['abc', 'lyhytsalasa', '🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑']) {
      const refused = await newUser(password)
      expect(refused.status, password).toBe(400)
      expect(await reason(refused)).toBe('Salasanassa on oltava vähintään 12 merkkiä.')
    }
    expect((await newUser('🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑')).status).toBe(201)
    expect((await newUser('kaksitoista1')).status).toBe(201)
    expect(await payload.count({ collection: 'users' })).toMatchObject({ totalDocs: 3 })

    const mutation = await graphql(
      'mutation { createUser(data: { email: "gql@example.test", password: "abc", name: "G", roles: editor }) { id } }',
      { token: adminToken },
    )
    expect(JSON.stringify(await mutation.json())).toContain(
      'The password must be at least 12 characters long.',
    )
    expect(await payload.count({ collection: 'users' })).toMatchObject({ totalDocs: 3 })
  })

  it('cannot be changed to a short one, and the old one keeps working', async () => {
    const user = await createUser(payload, 'translator')
    const token = await login(user.email, testPassword)
    const changed = await rest(`users/${user.id}`, {
      method: 'PATCH',
      token,
      headers: { 'Accept-Language': 'sv-FI,sv;q=0.9' },
      body: { password: 'abc' },
    })
    expect(changed.status).toBe(400)
    expect(await reason(changed)).toBe('Lösenordet måste vara minst 12 tecken långt.')
    expect(await login(user.email, testPassword)).toBeTruthy()
  })

  it('set through a reset link follow the same rule, and the link stays usable', async () => {
    const user = await createUser(payload, 'editor')
    const token = await payload.forgotPassword({
      collection: 'users',
      data: { email: user.email },
      disableEmail: true,
    })
    const reset = (password: string) =>
      rest('users/reset-password', { method: 'POST', body: { token, password } })

    const refused = await reset('abc')
    expect(refused.status).toBe(400)
    expect(await reason(refused)).toBe('The password must be at least 12 characters long.')
    expect(await login(user.email, testPassword)).toBeTruthy()

    expect((await reset('a new long enough password')).status).toBe(200)
    expect(await login(user.email, 'a new long enough password')).toBeTruthy()
  })

  it('have the length PASSWORD_MIN_LENGTH says', async () => {
    process.env.PASSWORD_MIN_LENGTH = '30'
    try {
      const refused = await newUser(testPassword, 'en')
      expect(refused.status).toBe(400)
      expect(await reason(refused)).toBe('The password must be at least 30 characters long.')
    } finally {
      delete process.env.PASSWORD_MIN_LENGTH
    }
    expect((await newUser(testPassword)).status).toBe(201)
  })
})
