import type { CollectionConfig } from 'payload'

import { label } from '@/i18n'
import { locales } from '@/i18n/locales'

/**
 * One row per message to one person: a newsletter issue's to a subscriber, made when the
 * issue's audience is frozen, or an event's to a registrant (src/events/mail/). Its status is
 * the truth about that message; the sender moves it along with plain SQL
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

/** What a row is: an issue, or an event's reminder, follow-up or editor's message. */
export const deliveryKinds = ['newsletter', 'reminder', 'followUp', 'message'] as const
export type DeliveryKind = (typeof deliveryKinds)[number]
export type EventDeliveryKind = Exclude<DeliveryKind, 'newsletter'>

export const Deliveries: CollectionConfig<'deliveries'> = {
  slug: 'deliveries',
  labels: { singular: label('deliveries.singular'), plural: label('deliveries.plural') },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'kind', 'newsletter', 'event', 'status', 'attempts', 'sentAt'],
    group: label('group.newsletter'),
  },
  // Every send writes each row twice (claimed, sent). No index holds a column those writes
  // change, so PostgreSQL updates rows in place (HOT) rather than writing all nine indexes each
  // time (docs/decisions.md). The unique pair also serves the sender's claim, walking an issue's
  // rows by subscriber, and lookups by issue alone.
  indexes: [{ fields: ['newsletter', 'subscriber'], unique: true }],
  fields: [
    {
      name: 'kind',
      type: 'select',
      label: label('deliveries.kind'),
      options: deliveryKinds.map((value) => ({ value, label: label(`deliveries.kind.${value}`) })),
      required: true,
      defaultValue: 'newsletter',
    },
    // A newsletter row names its issue and subscriber; an event's row its event and registration.
    // (An event's lane is claimed by `event`, whose index the adapter makes: its rows are few.)
    {
      name: 'newsletter',
      type: 'relationship',
      relationTo: 'newsletters',
      label: label('newsletters.singular'),
    },
    {
      name: 'subscriber',
      type: 'relationship',
      relationTo: 'subscribers',
      label: label('subscribers.singular'),
    },
    {
      name: 'event',
      type: 'relationship',
      relationTo: 'events',
      label: label('registrations.event'),
    },
    {
      name: 'registration',
      type: 'relationship',
      relationTo: 'registrations',
      index: true,
      label: label('registrations.singular'),
    },
    {
      // `reminder:<registration>`, `followUp:<registration>`, `message:<message>:<registration>`:
      // inserting an audience again (a second worker, a rerun) makes no second row.
      name: 'onceKey',
      type: 'text',
      unique: true,
      label: label('deliveries.onceKey'),
    },
    // An editor's message to attendees: its text, as the editor wrote it.
    { name: 'subject', type: 'text', label: label('deliveries.subject') },
    { name: 'body', type: 'textarea', label: label('deliveries.body') },
    { name: 'email', type: 'email', label: label('field.email'), required: true },
    {
      name: 'locale',
      type: 'select',
      label: label('subscribers.locale'),
      options: locales.map((value) => ({ value, label: label(`language.${value}`) })),
      required: true,
    },
    {
      name: 'status',
      type: 'select',
      label: label('subscribers.status'),
      options: deliveryStatuses.map((value) => ({
        value,
        label: label(`deliveries.status.${value}`),
      })),
      required: true,
      defaultValue: 'queued',
    },
    {
      name: 'attempts',
      type: 'number',
      label: label('deliveries.attempts'),
      defaultValue: 0,
      required: true,
    },
    { name: 'nextAttemptAt', type: 'date', label: label('deliveries.nextAttemptAt') },
    { name: 'leaseUntil', type: 'date', label: label('deliveries.leaseUntil') },
    { name: 'sentAt', type: 'date', label: label('deliveries.sentAt') },
    { name: 'lastError', type: 'text', label: label('deliveries.lastError') },
    // Payload's own, declared here only to leave out the index it would add (createdAt keeps
    // its index: the list's default sort and the retention job's cut-off).
    {
      name: 'updatedAt',
      type: 'date',
      admin: { disableBulkEdit: true, hidden: true },
      label: ({ t }) => t('general:updatedAt'),
    },
  ],
}
