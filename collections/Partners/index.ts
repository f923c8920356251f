import type { CollectionConfig } from 'payload'

import { validateOrigins, validateWebhookUrl } from '@/fields/validators'
import { label } from '@/i18n'
import { locales } from '@/i18n/locales'
import { partnerApiKeyStrategy } from '@/partners/strategy'

import { partnerKeyEndpoints } from './endpoints/keys'
import { deleteWebhookDeliveries } from './hooks/deleteWebhookDeliveries'
import { forgetCachedPartners } from './hooks/forgetCachedPartners'
import { generateWebhookSecret } from './hooks/generateWebhookSecret'

/**
 * Partner sites reading with an API key. The key itself is never stored: its hash is, and the
 * key is shown once when an admin issues it. A rotated key keeps working for a grace period.
 */
export const Partners: CollectionConfig<'partners'> = {
  slug: 'partners',
  labels: { singular: label('partners.singular'), plural: label('partners.plural') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'active', 'keyPrefix', 'lastUsedAt', 'requestCount'],
    group: label('group.admin'),
  },
  auth: { disableLocalStrategy: true, strategies: [partnerApiKeyStrategy] },
  endpoints: partnerKeyEndpoints,
  hooks: {
    beforeChange: [generateWebhookSecret],
    afterChange: [forgetCachedPartners],
    beforeDelete: [deleteWebhookDeliveries],
    afterDelete: [forgetCachedPartners],
  },
  fields: [
    { name: 'name', type: 'text', label: label('field.name'), required: true },
    {
      name: 'active',
      type: 'checkbox',
      label: label('partners.active'),
      defaultValue: true,
      admin: { description: label('partners.active.help') },
    },
    {
      name: 'scopeClusters',
      type: 'relationship',
      relationTo: 'clusters',
      hasMany: true,
      label: label('partners.scopeClusters'),
      admin: { description: label('partners.scopeClusters.help') },
    },
    {
      name: 'scopeLocales',
      type: 'select',
      hasMany: true,
      label: label('partners.scopeLocales'),
      options: locales.map((value) => ({ value, label: label(`language.${value}`) })),
      admin: { description: label('partners.scopeLocales.help') },
    },
    {
      name: 'allowedOrigins',
      type: 'text',
      hasMany: true,
      label: label('partners.allowedOrigins'),
      validate: validateOrigins,
      admin: { description: label('partners.allowedOrigins.help') },
    },
    {
      name: 'webhookUrl',
      type: 'text',
      label: label('partners.webhookUrl'),
      validate: validateWebhookUrl,
      admin: { description: label('partners.webhookUrl.help') },
    },
    {
      name: 'webhookSecret',
      type: 'text',
      label: label('partners.webhookSecret'),
      admin: { readOnly: true, description: label('partners.webhookSecret.help') },
    },
    {
      name: 'keyPanel',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/components/PartnerKeyPanel#PartnerKeyPanel' },
      },
    },
    {
      name: 'keyPrefix',
      type: 'text',
      label: label('partners.keyPrefix'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'keyIssuedAt',
      type: 'date',
      label: label('partners.keyIssuedAt'),
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'lastUsedAt',
      type: 'date',
      label: label('partners.lastUsedAt'),
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'requestCount',
      type: 'number',
      label: label('partners.requestCount'),
      defaultValue: 0,
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'apiKeyHash', type: 'text', index: true, hidden: true },
    { name: 'previousKeyHash', type: 'text', index: true, hidden: true },
    { name: 'previousKeyExpiresAt', type: 'date', hidden: true },
  ],
}
