import type { Payload } from 'payload'

import { applyTableToPayloadCollections } from '@/access/payloadCollections'
import { logPoolErrors } from '@/platform/database/logPoolErrors'

export async function onInit(payload: Payload): Promise<void> {
  await logPoolErrors(payload)
  applyTableToPayloadCollections(payload)
}
