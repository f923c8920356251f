import type { CollectionConfig, DateField, Field } from 'payload'

import { mayAtAll } from '@/access/enforce'
import { permissions } from '@/access/permissions'
import { eventTimeZone } from '@/events/calendar'
import { siteLink } from '@/fields/links'
import { slug } from '@/fields/slug'
import { label } from '@/i18n'
import { spokenLanguages } from '@/i18n/locales'
import { eventUrl } from '@/platform/urls'
import { languageFields, translationFields } from '@/translation/fields'
import { describeLanguages } from '@/translation/hooks/describeLanguages'
import { refreshTranslationStatus } from '@/translation/hooks/refreshTranslationStatus'
import { stampTextChange } from '@/translation/hooks/stampTextChange'

import { attendeesCsvEndpoint } from './endpoints/attendeesCsv'
import { messageAttendeesEndpoint } from './endpoints/messageAttendees'
import { registerEndpoint } from './endpoints/register'
import { checkTimes } from './hooks/checkTimes'
import { followClusters } from './hooks/followClusters'
import { settleRegistrations } from './hooks/settleRegistrations'

const eventTexts = ['title', 'lead', 'body', 'programme', 'summary', 'materials']
/** The texts readers are told the language of (`contentLocales`). */
const eventReaderTexts = ['title', 'lead', 'body', 'summary'] as const

/** Times are stored in UTC and entered and shown in Finnish time, whatever the editor's zone. */
const time = (name: string, key: Parameters<typeof label>[0], extra: Partial<DateField> = {}) =>
  ({
    name,
    type: 'date',
    label: label(key),
    timezone: {
      defaultTimezone: eventTimeZone,
      supportedTimezones: [{ label: 'Helsinki', value: eventTimeZone }],
    },
    admin: { date: { pickerAppearance: 'dayAndTime' } },
    ...extra,
  }) as DateField

const link = (name: string, key: Parameters<typeof label>[0]): Field => ({
  name,
  type: 'text',
  label: label(key),
  ...siteLink,
})

export const Events: CollectionConfig<'events'> = {
  slug: 'events',
  labels: { singular: label('events.singular'), plural: label('events.plural') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'translationFi', 'translationSv', 'translationEn'],
    group: label('group.content'),
  },
  defaultSort: '-startsAt',
  endpoints: [registerEndpoint, attendeesCsvEndpoint, messageAttendeesEndpoint],
  hooks: {
    beforeValidate: [checkTimes],
    beforeChange: [stampTextChange(eventTexts)],
    afterChange: [
      refreshTranslationStatus({ collection: 'events', textColumn: 'title', drafts: true }),
      followClusters,
      settleRegistrations,
    ],
    afterOperation: [
      describeLanguages({ collection: 'events', textFields: eventReaderTexts, urlOf: eventUrl }),
    ],
  },
  // Each language is published and unpublished on its own, as news.
  versions: { drafts: { localizeStatus: true, schedulePublish: true }, maxPerDoc: 50 },
  fields: [
    { name: 'title', type: 'text', label: label('field.title'), localized: true, required: true },
    {
      name: 'lead',
      type: 'textarea',
      label: label('events.lead'),
      admin: { description: label('events.lead.help') },
      localized: true,
      maxLength: 500,
    },
    { name: 'body', type: 'richText', label: label('news.body'), localized: true },
    {
      type: 'row',
      fields: [
        time('startsAt', 'events.startsAt', { required: true, index: true }),
        // Indexed: "not over yet" (`endsAt` after now) is how the feeds and partners list events.
        time('endsAt', 'events.endsAt', { required: true, index: true }),
      ],
    },
    {
      name: 'format',
      type: 'radio',
      label: label('events.format'),
      required: true,
      defaultValue: 'onSite',
      options: (['onSite', 'online', 'hybrid'] as const).map((value) => ({
        value,
        label: label(`events.format.${value}`),
      })),
    },
    {
      name: 'venue',
      type: 'group',
      label: label('events.venue'),
      admin: { condition: (_, sibling) => sibling?.format !== 'online' },
      fields: [
        { name: 'name', type: 'text', label: label('events.venue.name'), localized: true },
        { name: 'address', type: 'text', label: label('events.venue.address') },
        link('mapUrl', 'events.venue.mapUrl'),
      ],
    },
    {
      ...link('onlineUrl', 'events.onlineUrl'),
      admin: {
        condition: (_, sibling) => sibling?.format !== 'onSite',
        description: label('events.onlineUrl.help'),
      },
    } as Field,
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      label: label('events.languages'),
      options: spokenLanguages.map((code) => ({ value: code, label: label(`language.${code}`) })),
    },
    {
      name: 'programme',
      type: 'array',
      label: label('events.programme'),
      labels: { singular: label('events.session'), plural: label('events.programme') },
      fields: [
        {
          type: 'row',
          fields: [
            time('startsAt', 'events.session.startsAt', { required: true }),
            time('endsAt', 'events.session.endsAt'),
          ],
        },
        { name: 'title', type: 'text', label: label('field.title'), localized: true },
        {
          name: 'description',
          type: 'textarea',
          label: label('events.session.description'),
          localized: true,
        },
        {
          name: 'speakers',
          type: 'relationship',
          relationTo: 'experts',
          hasMany: true,
          label: label('events.speakers'),
        },
      ],
    },
    {
      type: 'collapsible',
      label: label('events.registration'),
      fields: [
        {
          name: 'capacity',
          type: 'number',
          label: label('events.capacity'),
          min: 1,
          admin: { description: label('events.capacity.help') },
        },
        {
          type: 'row',
          fields: [
            time('registrationOpensAt', 'events.registrationOpensAt'),
            time('registrationClosesAt', 'events.registrationClosesAt'),
          ],
        },
        {
          name: 'attendees',
          type: 'ui',
          admin: {
            components: { Field: '/components/EventAttendees#EventAttendees' },
            // Translators edit the event but may not read who registered.
            condition: (_, __, { user }) => mayAtAll({ user }, permissions.registrations.read),
          },
        },
      ],
    },
    {
      type: 'collapsible',
      label: label('events.afterwards'),
      admin: { initCollapsed: true },
      fields: [
        link('recordingUrl', 'events.recordingUrl'),
        {
          name: 'summary',
          type: 'textarea',
          label: label('events.summary'),
          localized: true,
          maxLength: 1000,
        },
        {
          name: 'materials',
          type: 'array',
          label: label('events.materials'),
          labels: { singular: label('events.material'), plural: label('events.materials') },
          // Each language may link its own slides and reports.
          localized: true,
          fields: [
            { name: 'label', type: 'text', label: label('field.label'), required: true },
            link('url', 'field.url'),
            { name: 'file', type: 'upload', relationTo: 'media', label: label('events.file') },
          ],
        },
      ],
    },
    slug({ localized: true }),
    {
      // Shared by every language: an event is cancelled in all of them or none.
      name: 'cancelled',
      type: 'checkbox',
      label: label('events.cancelled'),
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar', description: label('events.cancelled.help') },
    },
    {
      name: 'clusters',
      type: 'relationship',
      relationTo: 'clusters',
      hasMany: true,
      index: true,
      label: label('field.clusters'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'organisers',
      type: 'relationship',
      relationTo: 'contacts',
      hasMany: true,
      label: label('events.organisers'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'speakers',
      type: 'relationship',
      relationTo: 'experts',
      hasMany: true,
      label: label('events.speakers'),
      admin: { position: 'sidebar' },
    },
    ...languageFields(eventReaderTexts),
    ...translationFields(),
  ],
}
