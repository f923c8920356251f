import type { CollectionConfig } from 'payload'

import { label } from '@/i18n'

import { newsletterEndpoints } from './endpoints'

export const newsletterStatuses = ['draft', 'scheduled', 'sending', 'sent'] as const

export const Newsletters: CollectionConfig<'newsletters'> = {
  slug: 'newsletters',
  labels: { singular: label('newsletters.singular'), plural: label('newsletters.plural') },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'status', 'scheduledAt', 'sentAt'],
    group: label('group.newsletter'),
  },
  endpoints: newsletterEndpoints,
  fields: [
    {
      name: 'subject',
      type: 'text',
      label: label('newsletters.subject'),
      localized: true,
      required: true,
    },
    { name: 'intro', type: 'richText', label: label('newsletters.intro'), localized: true },
    {
      name: 'contentMode',
      type: 'radio',
      label: label('newsletters.contentMode'),
      defaultValue: 'selected',
      options: [
        { value: 'selected', label: label('newsletters.contentMode.selected') },
        { value: 'sinceLastIssue', label: label('newsletters.contentMode.sinceLastIssue') },
      ],
    },
    {
      name: 'news',
      type: 'relationship',
      relationTo: 'news',
      hasMany: true,
      label: label('newsletters.news'),
      admin: { condition: (data) => data?.contentMode !== 'sinceLastIssue' },
    },
    {
      name: 'missingTranslation',
      type: 'radio',
      label: label('newsletters.missingTranslation'),
      defaultValue: 'skip',
      options: [
        { value: 'skip', label: label('newsletters.missingTranslation.skip') },
        { value: 'fallback', label: label('newsletters.missingTranslation.fallback') },
      ],
    },
    {
      name: 'audience',
      type: 'relationship',
      relationTo: 'clusters',
      hasMany: true,
      label: label('newsletters.audience'),
      admin: { description: label('newsletters.audience.help') },
    },
    {
      name: 'sendPanel',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/components/NewsletterSendPanel#NewsletterSendPanel' },
      },
    },
    {
      name: 'status',
      type: 'select',
      label: label('newsletters.status'),
      defaultValue: 'draft',
      required: true,
      index: true,
      options: newsletterStatuses.map((value) => ({
        value,
        label: label(`newsletters.status.${value}`),
      })),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'scheduledAt',
      type: 'date',
      label: label('newsletters.scheduledAt'),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    // Set when the audience is frozen: later subscribers wait for the next issue.
    { name: 'audienceFrozenAt', type: 'date', admin: { hidden: true } },
    {
      name: 'sentAt',
      type: 'date',
      label: label('newsletters.sentAt'),
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
