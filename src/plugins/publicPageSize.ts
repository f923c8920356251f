import type { CollectionBeforeOperationHook, Plugin } from 'payload'

import { isStaff } from '@/access/isStaff'
import { apiLimits } from '@/platform/apiLimits'
import { clientError } from '@/platform/problems'

/**
 * Payload serves any page size, `limit=0` and `pagination=false` meaning "everything".
 * Anonymous REST and GraphQL readers get pages of at most `maxPageSize`.
 */
const capPageSize: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const { disableErrors, limit, pagination } = args as {
    disableErrors?: boolean
    limit?: number
    pagination?: boolean
  }
  // Payload's relationship loader fetches related ids unpaginated, with errors disabled;
  // no client can set `disableErrors`.
  const isRequestedPage = operation === 'read' && !disableErrors && req.payloadAPI !== 'local'
  if (!isRequestedPage || isStaff({ req })) return args
  const servesEverything = limit === 0 || (pagination === false && limit === undefined)
  if (servesEverything || (limit !== undefined && limit > apiLimits.maxPageSize)) {
    throw clientError(req.headers, 'api.badLimit', { max: apiLimits.maxPageSize })
  }
  return args
}

export const publicPageSize: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), capPageSize],
    },
  })),
})
