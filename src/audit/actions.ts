/**
 * What a staff member did that the audit log keeps: reading or handing out personal data,
 * erasing it, and what the public gets to see or receive. Names are stored in the rows and
 * the CSV: a name once used stays.
 */
export const auditActions = [
  'viewList',
  'viewDocument',
  'export',
  'erase',
  'publish',
  'unpublish',
  'issuePartnerKey',
  'revokePartnerKey',
  'sendNewsletter',
  'messageAttendees',
  'checkIn',
] as const
export type AuditAction = (typeof auditActions)[number]

export const auditLogSlug = 'audit-log'
