import type { Payload } from 'payload'

import type { Role } from '@/access/roles'

export const testPassword = 'correct horse battery staple'

export async function createUser(
  payload: Payload,
  role: Role,
  email = `${role}-${Date.now()}@example.test`,
) {
  return payload.create({
    collection: 'users',
    data: { email, password: testPassword, name: role, roles: [role] },
  })
}
