import type { CollectionConfig } from 'payload'

import { label } from '@/i18n'
import { locales } from '@/i18n/locales'

export const subscriberStatuses = ['pending', 'confirmed', 'unsubscribed', 'suppressed'] as const

/** People who asked for the newsletter. Private: never readable without a staff login. */
export const Subscribers: CollectionConfig<'subscribers'> = {
  slug: 'subscribers',
  labels: { singular: label('subscribers.singular'), plural: label('subscribers.plural') },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'status', 'locale', 'clusters', 'updatedAt'],
    group: label('group.newsletter'),
  },
  fields: [
    { name: 'email', type: 'email', label: label('field.email'), required: true, unique: true },
    {
      name: 'status',
      type: 'select',
      label: label('subscribers.status'),
      required: true,
      defaultValue: 'pending',
      index: true,
      options: subscriberStatuses.map((value) => ({
        value,
        label: label(`subscribers.status.${value}`),
      })),
    },
    {
      name: 'locale',
      type: 'select',
      label: label('subscribers.locale'),
      required: true,
      options: locales.map((value) => ({ value, label: label(`language.${value}`) })),
    },
    {
      name: 'clusters',
      type: 'relationship',
      relationTo: 'clusters',
      hasMany: true,
      label: label('field.clusters'),
      admin: { description: label('subscribers.clusters.help') },
    },
    {
      name: 'consent',
      type: 'group',
      label: label('subscribers.consent'),
      admin: { readOnly: true },
      fields: [
        { name: 'text', type: 'textarea', label: label('subscribers.consent.text') },
        { name: 'version', type: 'text', label: label('subscribers.consent.version') },
        { name: 'locale', type: 'text', label: label('subscribers.locale') },
        { name: 'clusters', type: 'json', label: label('field.clusters') },
        { name: 'source', type: 'text', label: label('subscribers.consent.source') },
        { name: 'subscribedAt', type: 'date', label: label('subscribers.consent.subscribedAt') },
        { name: 'confirmedAt', type: 'date', label: label('subscribers.consent.confirmedAt') },
      ],
    },
    {
      name: 'hardBounces',
      type: 'number',
      label: label('subscribers.hardBounces'),
      defaultValue: 0,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'unsubscribedAt',
      type: 'date',
      label: label('subscribers.unsubscribedAt'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    // Single-use: the confirmation link carries it, confirming clears it.
    { name: 'confirmationNonce', type: 'text', hidden: true },
    { name: 'confirmationSentAt', type: 'date', hidden: true },
  ],
}
