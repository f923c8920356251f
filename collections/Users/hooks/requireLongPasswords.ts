import type { CollectionBeforeOperationHook } from 'payload'

import { clientError } from '@/platform/problems'
import { settings } from '@/platform/settings'

const setsPassword = new Set(['create', 'update', 'resetPassword'])

/**
 * At least PASSWORD_MIN_LENGTH characters: length is what makes a password hard to guess.
 * Every way a password is set (an account made, a password changed, a reset-password link
 * used) passes through these operations; signing in does not, so older short passwords still
 * work until they are changed.
 */
export const requireLongPasswords: CollectionBeforeOperationHook<'users'> = ({
  args,
  operation,
  req,
}) => {
  const password = (args as { data?: { password?: unknown } }).data?.password
  if (!setsPassword.has(operation) || typeof password !== 'string') return args
  const min = settings.passwordMinLength
  // Characters as people count them: an emoji is one, not two UTF-16 units.
  if ([...password].length < min)
    throw clientError(req.headers, 'validation.passwordTooShort', { min })
  return args
}
