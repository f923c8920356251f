import { randomBytes } from 'node:crypto'

import type { CollectionBeforeChangeHook } from 'payload'

/** Every partner gets its own signing secret; nobody picks a weak one. */
export const generateWebhookSecret: CollectionBeforeChangeHook = ({ data, operation }) =>
  operation === 'create'
    ? { ...data, webhookSecret: `whsec_${randomBytes(24).toString('base64url')}` }
    : data
