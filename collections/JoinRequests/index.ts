import type { CollectionConfig } from 'payload'

import { validateBusinessId, validatePhone } from '@/fields/validators'
import { label } from '@/i18n'
import { locales } from '@/i18n/locales'
import { joinStatuses } from '@/join/statuses'
import { municipalities } from '@/lapland/municipalities'

import { recordStatusAndNotes } from './hooks/recordStatusAndNotes'
import { clustersOrHelpChoosing } from './validateClusters'

export const joinRequestsSlug = 'joinRequests'

const statusOptions = joinStatuses.map((value) => ({ value, label: label(`join.status.${value}`) }))
const stamp = { readOnly: true, position: 'sidebar' } as const

/**
 * Companies asking to join clusters, from `POST /api/join`. Private: staff only, and a cluster
 * editor sees only the requests naming their clusters.
 */
export const JoinRequests: CollectionConfig<'joinRequests'> = {
  slug: joinRequestsSlug,
  labels: { singular: label('join.singular'), plural: label('join.plural') },
  admin: {
    useAsTitle: 'company',
    defaultColumns: ['company', 'municipality', 'clusters', 'status', 'createdAt'],
    group: label('group.reach'),
  },
  hooks: { beforeChange: [recordStatusAndNotes] },
  defaultSort: '-createdAt',
  fields: [
    { name: 'company', type: 'text', label: label('join.company'), required: true, maxLength: 200 },
    {
      name: 'businessId',
      type: 'text',
      label: label('join.businessId'),
      required: true,
      validate: validateBusinessId,
    },
    {
      name: 'municipality',
      type: 'select',
      label: label('join.municipality'),
      required: true,
      options: municipalities.map((m) => ({
        value: m.code,
        label: { fi: m.fi, sv: m.sv, en: m.fi },
      })),
    },
    {
      name: 'industry',
      type: 'text',
      label: label('join.industry'),
      admin: { description: label('join.industry.help') },
      maxLength: 12,
    },
    {
      name: 'clusters',
      type: 'relationship',
      relationTo: 'clusters',
      hasMany: true,
      index: true,
      label: label('field.clusters'),
      validate: clustersOrHelpChoosing,
    },
    {
      name: 'helpChoosing',
      type: 'checkbox',
      label: label('join.helpChoosing'),
      defaultValue: false,
    },
    { name: 'need', type: 'textarea', label: label('join.need'), maxLength: 2000 },
    {
      name: 'contact',
      type: 'group',
      label: label('join.contact'),
      fields: [
        { name: 'name', type: 'text', label: label('field.name'), required: true, maxLength: 120 },
        { name: 'email', type: 'email', label: label('field.email'), required: true },
        { name: 'phone', type: 'text', label: label('field.phone'), validate: validatePhone },
      ],
    },
    {
      name: 'status',
      type: 'select',
      label: label('join.status'),
      required: true,
      defaultValue: 'new',
      index: true,
      options: statusOptions,
      admin: {
        position: 'sidebar',
        components: { Field: '/components/JoinStatusField#JoinStatusField' },
      },
    },
    {
      name: 'about',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/components/JoinRequestPanel#JoinRequestPanel' },
      },
    },
    {
      name: 'notes',
      type: 'array',
      label: label('join.notes'),
      labels: { singular: label('join.note'), plural: label('join.notes') },
      fields: [
        { name: 'text', type: 'textarea', label: label('join.note'), required: true },
        {
          name: 'author',
          type: 'relationship',
          relationTo: 'users',
          label: label('join.note.author'),
          admin: { readOnly: true },
        },
        { name: 'at', type: 'date', label: label('join.note.at'), admin: { readOnly: true } },
      ],
    },
    {
      name: 'history',
      type: 'array',
      label: label('join.history'),
      labels: { singular: label('join.historyEntry'), plural: label('join.history') },
      admin: { readOnly: true },
      fields: [
        { name: 'from', type: 'select', label: label('join.history.from'), options: statusOptions },
        { name: 'to', type: 'select', label: label('join.history.to'), options: statusOptions },
        { name: 'by', type: 'relationship', relationTo: 'users', label: label('join.history.by') },
        { name: 'at', type: 'date', label: label('join.history.at') },
      ],
    },
    {
      name: 'source',
      type: 'group',
      label: label('join.source'),
      admin: { position: 'sidebar' },
      fields: [
        { name: 'news', type: 'relationship', relationTo: 'news', label: label('news.singular') },
        { name: 'partnerSite', type: 'text', label: label('join.partnerSite'), maxLength: 300 },
        {
          name: 'locale',
          type: 'select',
          label: label('join.locale'),
          required: true,
          defaultValue: 'fi',
          options: locales.map((value) => ({ value, label: label(`language.${value}`) })),
        },
      ],
    },
    {
      name: 'consent',
      type: 'group',
      label: label('subscribers.consent'),
      admin: { readOnly: true, position: 'sidebar' },
      fields: [
        { name: 'text', type: 'textarea', label: label('subscribers.consent.text') },
        { name: 'version', type: 'text', label: label('subscribers.consent.version') },
        { name: 'givenAt', type: 'date', label: label('join.consentGivenAt') },
      ],
    },
    { name: 'joinedAt', type: 'date', label: label('join.joinedAt'), index: true, admin: stamp },
  ],
}
