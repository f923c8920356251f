import { createLocalReq, type Payload } from 'payload'

import { inTransaction } from '@/platform/database/transaction'

import { seedDemoContent } from './seedDemoContent'
import { seedFirstAdmin } from './seedFirstAdmin'

/**
 * Seeds an empty newsroom once: a newsroom that has any cluster is left alone, so a second
 * start adds nothing and content that editors deleted stays deleted. One transaction, so a
 * start that dies half-way leaves nothing behind.
 */
export async function seed(payload: Payload): Promise<void> {
  await seedFirstAdmin(payload)
  const { totalDocs } = await payload.count({ collection: 'clusters' })
  if (totalDocs > 0) return

  const req = await createLocalReq({}, payload)
  await inTransaction(req, () => seedDemoContent(payload, req))
  payload.logger.info('Seeded the demo newsroom')
}
