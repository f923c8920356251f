import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Field, Plugin } from 'payload'

import { label, type MessageKey } from '@/i18n'

const labels: Record<string, MessageKey> = {
  overview: 'seo.overview',
  title: 'seo.title',
  description: 'seo.description',
  image: 'seo.image',
  preview: 'seo.preview',
}

const relabel = (field: Field): Field =>
  'name' in field && labels[field.name]
    ? ({ ...field, label: label(labels[field.name]!) } as Field)
    : field

const plugin = seoPlugin({
  collections: ['news', 'clusters'],
  uploadsCollection: 'media',
  // The plugin's own labels are English ("Meta Title") in every admin language.
  fields: ({ defaultFields }) => defaultFields.map(relabel),
  generateTitle: ({ doc }) =>
    `${(doc as { title?: string; name?: string }).title ?? (doc as { name?: string }).name ?? ''} – Arctic Smartness`,
  generateDescription: ({ doc }) =>
    (doc as { summary?: string; shortDescription?: string }).summary ??
    (doc as { shortDescription?: string }).shortDescription ??
    '',
})

/**
 * Title, description and image for search engines and link previews, per language (the
 * plugin's fields are localized). Empty ones fall back to the item's own title and lead.
 */
export const seo: Plugin = async (incoming) => {
  const config = await plugin(incoming)
  return {
    ...config,
    collections: config.collections?.map((collection) => ({
      ...collection,
      fields: collection.fields.map((field) =>
        'name' in field && field.name === 'meta' && field.type === 'group'
          ? { ...field, label: label('seo.group') }
          : field,
      ),
    })),
  }
}
