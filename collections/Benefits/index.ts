import type { CollectionConfig } from 'payload'

import { label } from '@/i18n'

const count = (name: string, key: Parameters<typeof label>[0]) =>
  ({ name, type: 'number', label: label(key), min: 0, defaultValue: 0 }) as const

/**
 * What a cluster achieved with companies, in figures. Read by staff; the public sees the
 * rollup (`GET /api/clusters/{slug}/impact`) and only quotes the company approved.
 */
export const Benefits: CollectionConfig<'benefits'> = {
  slug: 'benefits',
  labels: { singular: label('benefits.singular'), plural: label('benefits.plural') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'cluster', 'year', 'fundingEuros'],
    group: label('group.reach'),
  },
  defaultSort: '-year',
  fields: [
    { name: 'title', type: 'text', label: label('field.title'), localized: true, required: true },
    {
      name: 'cluster',
      type: 'relationship',
      relationTo: 'clusters',
      required: true,
      index: true,
      label: label('benefits.cluster'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'year',
      type: 'number',
      label: label('benefits.year'),
      required: true,
      min: 2000,
      max: 2100,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'companies',
      type: 'array',
      label: label('benefits.companies'),
      labels: { singular: label('benefits.company'), plural: label('benefits.companies') },
      minRows: 1,
      required: true,
      fields: [
        { name: 'name', type: 'text', label: label('join.company'), required: true },
        { name: 'businessId', type: 'text', label: label('join.businessId') },
      ],
    },
    {
      name: 'whatWasDone',
      type: 'textarea',
      label: label('benefits.whatWasDone'),
      localized: true,
      maxLength: 2000,
    },
    {
      type: 'row',
      fields: [
        count('newProducts', 'impact.newProducts'),
        count('jobs', 'impact.jobs'),
        count('rdiProjects', 'impact.rdiProjects'),
      ],
    },
    {
      type: 'row',
      fields: [
        count('exportEuros', 'impact.exportEuros'),
        count('fundingEuros', 'impact.fundingEuros'),
      ],
    },
    {
      name: 'quote',
      type: 'group',
      label: label('benefits.quote'),
      fields: [
        { name: 'text', type: 'textarea', label: label('benefits.quote.text'), localized: true },
        { name: 'person', type: 'text', label: label('benefits.quote.person') },
        {
          name: 'approved',
          type: 'checkbox',
          label: label('benefits.quote.approved'),
          admin: { description: label('benefits.quote.approved.help') },
        },
      ],
    },
    {
      name: 'news',
      type: 'relationship',
      relationTo: 'news',
      hasMany: true,
      label: label('benefits.news'),
    },
  ],
}
