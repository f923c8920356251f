import type { CollectionConfig } from 'payload'

import { slug } from '@/fields/slug'
import { validateUrl } from '@/fields/validators'
import { label } from '@/i18n'
import { clusterPreviewUrl } from '@/platform/previewUrls'
import { translationFields } from '@/translation/fields'
import { refreshTranslationStatus } from '@/translation/hooks/refreshTranslationStatus'
import { stampTextChange } from '@/translation/hooks/stampTextChange'

import { impactEndpoint } from './endpoints/impact'

const clusterTexts = ['name', 'shortDescription', 'description', 'focusAreas']

export const Clusters: CollectionConfig<'clusters'> = {
  slug: 'clusters',
  labels: { singular: label('clusters.singular'), plural: label('clusters.plural') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'translationSv', 'translationEn', 'displayOrder'],
    group: label('group.content'),
    preview: (doc, { locale }) => clusterPreviewUrl({ id: doc.id as number, locale }),
    components: {
      beforeList: ['/components/ClustersWithoutCoordinator#ClustersWithoutCoordinator'],
    },
  },
  hooks: {
    beforeChange: [stampTextChange(clusterTexts)],
    afterChange: [
      refreshTranslationStatus({ collection: 'clusters', textColumn: 'name', drafts: false }),
    ],
  },
  defaultSort: 'displayOrder',
  endpoints: [impactEndpoint],
  // What a news item or an expert shows of its clusters at depth 1.
  defaultPopulate: { name: true, slug: true, shortDescription: true, website: true },
  fields: [
    { name: 'name', type: 'text', label: label('field.name'), localized: true, required: true },
    slug({ useAsSlug: 'name' }),
    {
      name: 'shortDescription',
      type: 'textarea',
      label: label('clusters.shortDescription'),
      localized: true,
      maxLength: 300,
    },
    {
      name: 'description',
      type: 'richText',
      label: label('clusters.description'),
      localized: true,
    },
    {
      name: 'focusAreas',
      type: 'text',
      hasMany: true,
      label: label('clusters.focusAreas'),
      localized: true,
    },
    {
      name: 'hostOrganisations',
      type: 'text',
      hasMany: true,
      label: label('clusters.hostOrganisations'),
    },
    { name: 'website', type: 'text', label: label('clusters.website'), validate: validateUrl },
    { name: 'logo', type: 'upload', relationTo: 'media', label: label('clusters.logo') },
    {
      name: 'coordinator',
      type: 'relationship',
      relationTo: 'experts',
      label: label('clusters.coordinator'),
      admin: {
        position: 'sidebar',
        // Join requests go to the coordinator: the admin warns where there is none.
        components: { Description: '/components/CoordinatorWarning#CoordinatorWarning' },
      },
    },
    {
      name: 'contacts',
      type: 'relationship',
      relationTo: 'contacts',
      hasMany: true,
      label: label('clusters.contacts'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'displayOrder',
      type: 'number',
      label: label('clusters.displayOrder'),
      required: true,
      defaultValue: 100,
      index: true,
      admin: { position: 'sidebar', description: label('clusters.displayOrder.help') },
    },
    ...translationFields(),
  ],
}
