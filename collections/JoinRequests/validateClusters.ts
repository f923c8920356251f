import type { RelationshipFieldValidation } from 'payload'
import { relationship } from 'payload/shared'

import { fieldMessage } from '@/fields/validators'

/**
 * At least one cluster, unless the company asked for help choosing: then the newsroom's editors
 * pick with it. Payload's own check (that each cluster exists) runs first.
 */
export const clustersOrHelpChoosing: RelationshipFieldValidation = async (value, options) => {
  const base = await relationship(value, options)
  if (base !== true) return base
  const chosen = Array.isArray(value) ? value.length : value ? 1 : 0
  const siblings = options.siblingData as { helpChoosing?: boolean | null }
  return (
    chosen > 0 ||
    siblings.helpChoosing === true ||
    fieldMessage(options.req, 'validation.clustersOrHelp')
  )
}
