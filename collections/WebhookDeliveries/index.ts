import type { CollectionConfig } from 'payload'

import { label } from '@/i18n'
import { eventTypes, webhookCollections } from '@/webhooks/events'

import { resendEndpoint } from './endpoints/resend'

export const webhookStatuses = ['pending', 'retrying', 'delivered', 'failed'] as const

const readOnly = { readOnly: true }

/** The log of webhook deliveries: one row per event and partner, written by the worker. */
export const WebhookDeliveries: CollectionConfig<'webhook-deliveries'> = {
  slug: 'webhook-deliveries',
  labels: {
    singular: label('webhookDeliveries.singular'),
    plural: label('webhookDeliveries.plural'),
  },
  admin: {
    useAsTitle: 'eventId',
    defaultColumns: [
      'partner',
      'eventType',
      'targetCollection',
      'status',
      'attempts',
      'lastAttemptAt',
    ],
    group: label('group.admin'),
  },
  endpoints: [resendEndpoint],
  fields: [
    {
      name: 'partner',
      type: 'relationship',
      relationTo: 'partners',
      required: true,
      index: true,
      label: label('partners.singular'),
      admin: readOnly,
    },
    {
      name: 'eventId',
      type: 'text',
      required: true,
      label: label('webhookDeliveries.eventId'),
      admin: readOnly,
    },
    {
      name: 'eventType',
      type: 'select',
      required: true,
      label: label('webhookDeliveries.eventType'),
      // The wire name beside the words: partners' code sees it.
      options: eventTypes.map((value) => ({
        value,
        label: label(`webhookDeliveries.event.${value}`),
      })),
      admin: readOnly,
    },
    {
      name: 'targetCollection',
      type: 'select',
      required: true,
      label: label('webhookDeliveries.collection'),
      options: webhookCollections.map((value) => ({ value, label: label(`${value}.plural`) })),
      admin: readOnly,
    },
    {
      name: 'documentId',
      type: 'number',
      required: true,
      label: label('webhookDeliveries.documentId'),
      admin: readOnly,
    },
    // The exact bytes signed, so a retry sends what the first attempt sent.
    {
      name: 'body',
      type: 'textarea',
      required: true,
      label: label('webhookDeliveries.body'),
      admin: readOnly,
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: label('webhookDeliveries.status'),
      options: webhookStatuses.map((value) => ({
        value,
        label: label(`webhookDeliveries.status.${value}`),
      })),
      admin: { ...readOnly, position: 'sidebar' },
    },
    {
      name: 'resend',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/components/ResendWebhookButton#ResendWebhookButton' },
      },
    },
    {
      name: 'attempts',
      type: 'number',
      defaultValue: 0,
      label: label('webhookDeliveries.attempts'),
      admin: { ...readOnly, position: 'sidebar' },
    },
    {
      name: 'lastStatusCode',
      type: 'number',
      label: label('webhookDeliveries.lastStatusCode'),
      admin: { ...readOnly, position: 'sidebar' },
    },
    {
      name: 'lastAttemptAt',
      type: 'date',
      label: label('webhookDeliveries.lastAttemptAt'),
      admin: { ...readOnly, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'deliveredAt',
      type: 'date',
      label: label('webhookDeliveries.deliveredAt'),
      admin: { ...readOnly, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'lastResponse',
      type: 'textarea',
      label: label('webhookDeliveries.lastResponse'),
      admin: readOnly,
    },
  ],
}
