import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { fieldMessage } from '@/fields/validators'
import type { MessageKey } from '@/i18n'

type Times = Partial<Record<string, string | null>>

const time = (value: string | null | undefined) => (value ? Date.parse(value) : undefined)

/**
 * An event ends after it starts, and registration closes after it opens and before the event
 * ends. Checked on drafts too (Payload skips field validation for them), on the merged document.
 */
export const checkTimes: CollectionBeforeValidateHook = ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const merged = { ...(originalDoc as Times | undefined), ...(data as Times | undefined) }
  const startsAt = time(merged.startsAt)
  const endsAt = time(merged.endsAt)
  const opensAt = time(merged.registrationOpensAt)
  const closesAt = time(merged.registrationClosesAt)
  const problems: { path: string; key: MessageKey }[] = []
  if (startsAt !== undefined && endsAt !== undefined && endsAt < startsAt) {
    problems.push({ path: 'endsAt', key: 'events.endsBeforeStart' })
  }
  if (opensAt !== undefined && closesAt !== undefined && closesAt < opensAt) {
    problems.push({ path: 'registrationClosesAt', key: 'events.closesBeforeOpens' })
  }
  if (closesAt !== undefined && endsAt !== undefined && closesAt > endsAt) {
    problems.push({ path: 'registrationClosesAt', key: 'events.closesAfterEnd' })
  }
  if (problems.length) {
    const errors = problems.map(({ path, key }) => ({ path, message: fieldMessage(req, key) }))
    throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
  }
  return data
}
