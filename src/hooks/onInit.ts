import type { Payload } from 'payload'

import { keepInternalCollectionsToStaff } from '@/access/internalCollectionsForStaff'
import { logPoolErrors } from '@/database/logPoolErrors'

export async function onInit(payload: Payload): Promise<void> {
  await logPoolErrors(payload)
  keepInternalCollectionsToStaff(payload)
}
