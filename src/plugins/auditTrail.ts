import type { CollectionConfig, Plugin } from 'payload'

import { recordPublishing, rememberStatuses } from '@/audit/hooks/auditPublishing'
import { auditStaffReads } from '@/audit/hooks/auditStaffReads'

/** Personal data whose reading by staff the audit log keeps (a list or one document). */
const readsAudited = ['subscribers', 'joinRequests']
/** Content published per language: who published or withdrew which language. */
const publishingAudited = ['news', 'events']

function withAudit(collection: CollectionConfig): CollectionConfig {
  const hooks = { ...collection.hooks }
  if (readsAudited.includes(collection.slug)) {
    hooks.afterOperation = [...(hooks.afterOperation ?? []), auditStaffReads]
  }
  if (publishingAudited.includes(collection.slug)) {
    hooks.beforeChange = [...(hooks.beforeChange ?? []), rememberStatuses]
    hooks.afterChange = [...(hooks.afterChange ?? []), recordPublishing]
  }
  return { ...collection, hooks }
}

/** The audit log's hooks on the collections it watches (src/audit). */
export const auditTrail: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map(withAudit),
})
