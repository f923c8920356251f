import type { Payload } from 'payload'

import { settings } from '@/platform/settings'

/** The first administrator comes from the environment; with none set, Payload's admin UI asks. */
export async function seedFirstAdmin(payload: Payload): Promise<void> {
  const admin = settings.firstAdmin
  if (!admin) return
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return
  const { email, password } = admin
  await payload.create({
    collection: 'users',
    data: { email, password, name: email.split('@')[0] ?? email, roles: ['admin'] },
  })
  payload.logger.info(`Created the first administrator, ${email}`)
}
