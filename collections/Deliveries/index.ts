import type { CollectionConfig } from 'payload'

import { label } from '@/i18n'
import { locales } from '@/i18n/locales'

/**
 * One row per newsletter issue and subscriber, made when the audience is frozen. Its
 * status is the truth about that message; the sender moves it along with plain SQL
 * (src/newsletter/deliveryQueue.ts), so the field names here are also column names there.
 */
export const deliveryStatuses = [
  'queued',
  'claimed',
  'sending',
  'sent',
  'retry',
  'bounced',
  'failed',
  'skipped',
] as const

export const Deliveries: CollectionConfig<'deliveries'> = {
  slug: 'deliveries',
  labels: { singular: label('deliveries.singular'), plural: label('deliveries.plural') },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'newsletter', 'status', 'attempts', 'sentAt'],
    group: label('group.newsletter'),
  },
  indexes: [
    { fields: ['newsletter', 'subscriber'], unique: true },
    // The sender's claim: an issue's rows by status.
    { fields: ['newsletter', 'status'] },
  ],
  fields: [
    {
      name: 'newsletter',
      type: 'relationship',
      relationTo: 'newsletters',
      required: true,
      index: true,
    },
    { name: 'subscriber', type: 'relationship', relationTo: 'subscribers', required: true },
    { name: 'email', type: 'email', label: label('field.email'), required: true },
    { name: 'locale', type: 'select', options: [...locales], required: true },
    {
      name: 'status',
      type: 'select',
      label: label('subscribers.status'),
      options: [...deliveryStatuses],
      required: true,
      defaultValue: 'queued',
      index: true,
    },
    { name: 'attempts', type: 'number', defaultValue: 0, required: true },
    { name: 'nextAttemptAt', type: 'date', index: true },
    { name: 'leaseUntil', type: 'date' },
    { name: 'sentAt', type: 'date' },
    { name: 'lastError', type: 'text' },
  ],
}
