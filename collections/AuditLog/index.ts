import type { CollectionConfig, Field } from 'payload'

import { auditActions, auditLogSlug } from '@/audit/actions'
import { label } from '@/i18n'
import { locales } from '@/i18n/locales'

import { auditLogExport } from './endpoints/exportCsv'

const readOnly = { readOnly: true }

const text = (name: string, key: Parameters<typeof label>[0]): Field => ({
  name,
  type: 'text',
  label: label(key),
  admin: readOnly,
})

/**
 * Who did what to personal data and to what the public sees: one row per action, written only
 * by the app (src/audit/recordAudit.ts). Nobody may change or delete a row through any API, and
 * the database refuses it too (the migration's trigger); retention alone prunes old rows.
 */
export const AuditLog: CollectionConfig<'audit-log'> = {
  slug: auditLogSlug,
  labels: { singular: label('audit.singular'), plural: label('audit.plural') },
  // The row's own time is its `time`; an append-only row is never updated.
  timestamps: false,
  defaultSort: '-time',
  disableDuplicate: true,
  admin: {
    useAsTitle: 'time',
    defaultColumns: ['time', 'actorEmail', 'action', 'targetCollection', 'targetId', 'locale'],
    listSearchableFields: ['actorEmail', 'targetId', 'requestId'],
    group: label('group.admin'),
    description: label('audit.help'),
  },
  endpoints: [auditLogExport],
  fields: [
    {
      name: 'time',
      type: 'date',
      required: true,
      index: true,
      label: label('audit.time'),
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'actor',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: label('audit.actor'),
      admin: readOnly,
    },
    // Copied at the time: the account may change its address or be deleted later.
    text('actorEmail', 'audit.actorEmail'),
    text('actorRoles', 'audit.actorRoles'),
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: label('audit.action'),
      options: auditActions.map((value) => ({ value, label: label(`audit.action.${value}`) })),
      admin: readOnly,
    },
    text('targetCollection', 'audit.targetCollection'),
    text('targetId', 'audit.targetId'),
    {
      name: 'locale',
      type: 'select',
      label: label('audit.locale'),
      options: locales.map((value) => ({ value, label: label(`language.${value}`) })),
      admin: readOnly,
    },
    text('requestId', 'audit.requestId'),
    text('clientAddress', 'audit.clientAddress'),
    { name: 'detail', type: 'json', label: label('audit.detail'), admin: readOnly },
  ],
}
