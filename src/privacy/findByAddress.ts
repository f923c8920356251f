import type { CollectionSlug, Payload } from 'payload'

import { normalisedAddress } from './addressHash'

/** Where each collection holding people keeps their address. */
export const addressFields = {
  subscribers: 'email',
  registrations: 'email',
  joinRequests: 'contact.email',
  users: 'email',
  contacts: 'email',
  experts: 'email',
} as const satisfies Partial<Record<CollectionSlug, string>>

type Holder = keyof typeof addressFields

const valueAt = (doc: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], doc)

/**
 * The documents of `collection` whose address is `email`, whatever its case (a staff member
 * may have typed it differently from the form): `like` finds candidates, equality decides.
 */
export async function findByAddress<T extends Holder>(
  payload: Payload,
  collection: T,
  email: string,
) {
  const wanted = normalisedAddress(email)
  const path = addressFields[collection]
  const { docs } = await payload.find({
    collection,
    where: { [path]: { like: wanted } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.filter((doc) => {
    const value = valueAt(doc as unknown as Record<string, unknown>, path)
    return typeof value === 'string' && normalisedAddress(value) === wanted
  })
}
