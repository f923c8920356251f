import type { CollectionConfig } from 'payload'

import { siteLink } from '@/fields/links'
import { slug } from '@/fields/slug'
import { label } from '@/i18n'
import { newsPreviewUrl } from '@/platform/previewUrls'
import { newsUrl } from '@/platform/urls'
import { languageFields, translationFields } from '@/translation/fields'
import { describeLanguages } from '@/translation/hooks/describeLanguages'
import { refreshTranslationStatus } from '@/translation/hooks/refreshTranslationStatus'
import { stampTextChange } from '@/translation/hooks/stampTextChange'

import { startTranslationEndpoint } from './endpoints/startTranslation'
import { setPublishedAt } from './hooks/setPublishedAt'

const newsTexts = ['title', 'summary', 'body', 'byline', 'externalLinks']
/** The texts readers are told the language of (`contentLocales`). */
const newsReaderTexts = ['title', 'summary', 'body', 'byline'] as const

export const News: CollectionConfig<'news'> = {
  slug: 'news',
  labels: { singular: label('news.singular'), plural: label('news.plural') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: [
      'title',
      'publishedAt',
      'translationFi',
      'translationSv',
      'translationEn',
      'updatedAt',
    ],
    group: label('group.content'),
    // Drafts and unpublished languages, rendered by the public pages for signed-in staff.
    preview: (doc, { locale }) =>
      newsPreviewUrl({ id: doc.id as number, slug: doc.slug as string | undefined, locale }),
  },
  defaultSort: '-publishedAt',
  endpoints: [startTranslationEndpoint],
  hooks: {
    beforeChange: [stampTextChange(newsTexts)],
    afterChange: [
      refreshTranslationStatus({ collection: 'news', textColumn: 'title', drafts: true }),
    ],
    afterOperation: [
      describeLanguages({ collection: 'news', textFields: newsReaderTexts, urlOf: newsUrl }),
    ],
  },
  // Each language is published and unpublished on its own.
  versions: { drafts: { localizeStatus: true, schedulePublish: true }, maxPerDoc: 50 },
  fields: [
    { name: 'title', type: 'text', label: label('field.title'), localized: true, required: true },
    {
      name: 'summary',
      type: 'textarea',
      label: label('news.summary'),
      admin: { description: label('news.summary.help') },
      localized: true,
      maxLength: 500,
    },
    { name: 'body', type: 'richText', label: label('news.body'), localized: true },
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: label('news.heroImage') },
    {
      name: 'externalLinks',
      type: 'array',
      label: label('news.externalLinks'),
      labels: { singular: label('news.externalLink'), plural: label('news.externalLinks') },
      admin: { description: label('news.externalLinks.help') },
      // Each language links to its own recordings and reports.
      localized: true,
      fields: [
        {
          name: 'url',
          type: 'text',
          label: label('field.url'),
          required: true,
          ...siteLink,
        },
        { name: 'label', type: 'text', label: label('field.label'), required: true },
      ],
    },
    {
      name: 'contacts',
      type: 'relationship',
      relationTo: 'contacts',
      hasMany: true,
      label: label('news.contacts'),
      admin: { description: label('news.contacts.help') },
    },
    slug({ localized: true }),
    {
      name: 'publishedAt',
      type: 'date',
      label: label('news.publishedAt'),
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: label('news.publishedAt.help'),
      },
      hooks: { beforeChange: [setPublishedAt] },
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
      name: 'experts',
      type: 'relationship',
      relationTo: 'experts',
      hasMany: true,
      label: label('news.experts'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'events',
      type: 'relationship',
      relationTo: 'events',
      hasMany: true,
      label: label('news.events'),
      admin: { position: 'sidebar' },
    },
    ...languageFields(newsReaderTexts),
    {
      name: 'byline',
      type: 'text',
      label: label('news.byline'),
      localized: true,
      admin: { position: 'sidebar', description: label('news.byline.help') },
    },
    {
      name: 'startFromSource',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/components/StartFromSourceButton#StartFromSourceButton' },
      },
    },
    ...translationFields(),
  ],
}
