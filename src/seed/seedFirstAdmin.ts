import type { Payload } from 'payload'

/** The first administrator comes from the environment; with none set, Payload's admin UI asks. */
export async function seedFirstAdmin(payload: Payload): Promise<void> {
  const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password } = process.env
  if (!email || !password) return
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return
  await payload.create({
    collection: 'users',
    data: { email, password, name: email.split('@')[0] ?? email, roles: ['admin'] },
  })
  payload.logger.info(`Created the first administrator, ${email}`)
}
