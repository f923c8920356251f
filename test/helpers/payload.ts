import { getPayload, type Payload } from 'payload'

import { migrate } from '@/platform/database/migrate'
import config from '@payload-config'

/** Payload on this file's database, migrated the way production is. */
export async function bootPayload(): Promise<Payload> {
  const payload = await getPayload({ config })
  await migrate(payload)
  return payload
}
