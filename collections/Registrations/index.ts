import type { CollectionConfig } from 'payload'

import { label } from '@/i18n'
import { locales } from '@/i18n/locales'

import { deleteDeliveries } from './hooks/deleteDeliveries'
import { guardSeats } from './hooks/guardSeats'
import { passSeatOn, passSeatOnDelete } from './hooks/passSeatOn'

export const registrationStatuses = [
  'pending',
  'confirmed',
  'waitlisted',
  'cancelled',
  'attended',
] as const
export type RegistrationStatus = (typeof registrationStatuses)[number]

/**
 * People registered for an event. Private: only staff of the event's clusters read them, never
 * a reader or a partner key. `clusters` is the event's, copied at registration, so the
 * permission table's cluster scope applies to them as to the event (and follows the event's
 * when it changes, collections/Events/hooks/followClusters.ts).
 */
export const Registrations: CollectionConfig<'registrations'> = {
  slug: 'registrations',
  labels: { singular: label('registrations.singular'), plural: label('registrations.plural') },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'event', 'status', 'updatedAt'],
    group: label('group.content'),
  },
  hooks: {
    beforeChange: [guardSeats],
    afterChange: [passSeatOn],
    beforeDelete: [deleteDeliveries],
    afterDelete: [passSeatOnDelete],
  },
  // Seats are decided under the event's row lock: saves lock it before the registration's.
  custom: { lockFirst: 'event' },
  // One registration per address and event, however many requests race to make it.
  indexes: [{ fields: ['event', 'email'], unique: true }],
  fields: [
    {
      name: 'event',
      type: 'relationship',
      relationTo: 'events',
      required: true,
      index: true,
      label: label('registrations.event'),
    },
    { name: 'name', type: 'text', label: label('field.name'), required: true, maxLength: 200 },
    { name: 'email', type: 'email', label: label('field.email'), required: true, index: true },
    { name: 'organisation', type: 'text', label: label('field.organisation'), maxLength: 200 },
    {
      name: 'locale',
      type: 'select',
      label: label('subscribers.locale'),
      required: true,
      options: locales.map((value) => ({ value, label: label(`language.${value}`) })),
    },
    {
      name: 'status',
      type: 'select',
      label: label('registrations.status'),
      required: true,
      defaultValue: 'pending',
      index: true,
      options: registrationStatuses.map((value) => ({
        value,
        label: label(`registrations.status.${value}`),
      })),
    },
    { name: 'answers', type: 'json', label: label('registrations.answers') },
    {
      name: 'clusters',
      type: 'relationship',
      relationTo: 'clusters',
      hasMany: true,
      index: true,
      label: label('field.clusters'),
      admin: { readOnly: true, position: 'sidebar' },
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
        { name: 'source', type: 'text', label: label('subscribers.consent.source') },
        { name: 'givenAt', type: 'date', label: label('registrations.consent.givenAt') },
        { name: 'confirmedAt', type: 'date', label: label('subscribers.consent.confirmedAt') },
      ],
    },
    {
      name: 'seatDecidedAt',
      type: 'date',
      label: label('registrations.seatDecidedAt'),
      index: true,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: label('registrations.seatDecidedAt.help'),
      },
    },
    // The SHA-256 of the secret in the registrant's links; the secret itself is never stored.
    { name: 'tokenHash', type: 'text', hidden: true, index: true },
    { name: 'confirmationSentAt', type: 'date', hidden: true },
    // Set in the transaction that queues the message: each registrant is told once, however
    // often the event is saved, cancelled, un-cancelled and cancelled again.
    {
      name: 'cancellationNotifiedAt',
      type: 'date',
      label: label('registrations.cancellationNotifiedAt'),
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
