import type { ServerProps } from 'payload'
import React from 'react'

import { PrivacyRequestsForm } from './PrivacyRequestsForm'

/** On the dashboard, for administrators only (the endpoints refuse everyone else anyway). */
export function PrivacyRequestsPanel({ user }: ServerProps) {
  const roles = user?.collection === 'users' ? (user.roles ?? []) : []
  return roles.includes('admin') ? <PrivacyRequestsForm /> : null
}
