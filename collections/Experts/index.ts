import type { CollectionConfig } from 'payload'

import { contactDetails } from '@/fields/contactDetails'
import { slug } from '@/fields/slug'
import { label } from '@/i18n'
import { spokenLanguages } from '@/i18n/locales'
import { translationFields } from '@/translation/fields'
import { refreshTranslationStatus } from '@/translation/hooks/refreshTranslationStatus'
import { stampTextChange } from '@/translation/hooks/stampTextChange'

const expertTexts = ['title', 'expertiseAreas', 'bio']

export const Experts: CollectionConfig<'experts'> = {
  slug: 'experts',
  labels: { singular: label('experts.singular'), plural: label('experts.plural') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'title', 'organisation', 'translationSv', 'translationEn'],
    group: label('group.people'),
  },
  hooks: {
    beforeChange: [stampTextChange(expertTexts)],
    afterChange: [
      refreshTranslationStatus({ collection: 'experts', textColumn: 'title', drafts: false }),
    ],
  },
  defaultSort: 'name',
  defaultPopulate: {
    name: true,
    slug: true,
    title: true,
    organisation: true,
    email: true,
    phone: true,
  },
  fields: [
    { name: 'name', type: 'text', label: label('field.name'), required: true },
    slug({ useAsSlug: 'name' }),
    { name: 'title', type: 'text', label: label('experts.title'), localized: true },
    ...contactDetails,
    {
      name: 'expertiseAreas',
      type: 'text',
      hasMany: true,
      label: label('experts.expertiseAreas'),
      localized: true,
    },
    {
      name: 'bio',
      type: 'textarea',
      label: label('experts.bio'),
      localized: true,
      maxLength: 1000,
    },
    { name: 'photo', type: 'upload', relationTo: 'media', label: label('experts.photo') },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      label: label('experts.languages'),
      options: spokenLanguages.map((code) => ({ value: code, label: label(`language.${code}`) })),
    },
    ...translationFields(),
  ],
}
