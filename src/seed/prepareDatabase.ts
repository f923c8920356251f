import { getPayload, type Payload } from 'payload'

import { migrate } from '@/platform/database/migrate'
import config from '@payload-config'

import { seed } from '.'

/** Brings the schema up to date and seeds demo content into an empty newsroom. */
export async function prepareDatabase(): Promise<Payload> {
  const payload = await getPayload({ config })
  await migrate(payload)
  await seed(payload)
  return payload
}
