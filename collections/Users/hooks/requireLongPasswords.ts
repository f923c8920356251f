import type { CollectionBeforeOperationHook } from 'payload'

import { clientError } from '@/http/apiError'

const defaultMinLength = 12

/** PASSWORD_MIN_LENGTH, 12 by default: length is what makes a password hard to guess. */
function passwordMinLength(): number {
  const value = Number(process.env.PASSWORD_MIN_LENGTH ?? defaultMinLength)
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(
      `PASSWORD_MIN_LENGTH must be a whole number of characters, not "${process.env.PASSWORD_MIN_LENGTH}".`,
    )
  }
  return value
}

const setsPassword = new Set(['create', 'update', 'resetPassword'])

/**
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
  const min = passwordMinLength()
  // Characters as people count them: an emoji is one, not two UTF-16 units.
  if ([...password].length < min)
    throw clientError(req.headers, 'validation.passwordTooShort', { min })
  return args
}
