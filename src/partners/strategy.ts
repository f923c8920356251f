import type { AuthStrategy, TypedUser } from 'payload'

import { findPartnerByKey } from './findPartner'
import { keyFromHeaders } from './keys'

/** `Authorization: partners API-Key <key>`; the request then reads as that partner. */
export const partnerApiKeyStrategy: AuthStrategy = {
  name: 'partner-api-key',
  authenticate: async ({ headers, payload }) => {
    const key = keyFromHeaders(headers)
    const partner = key ? await findPartnerByKey(payload, key) : null
    // Payload's user type wants a whole document; access rules read only these fields.
    const user = partner ? ({ ...partner, collection: 'partners' } as TypedUser) : null
    return { user }
  },
}
