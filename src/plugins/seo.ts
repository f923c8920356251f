import { seoPlugin } from '@payloadcms/plugin-seo'

/**
 * Title, description and image for search engines and link previews, per language (the
 * plugin's fields are localized). Empty ones fall back to the item's own title and lead.
 */
export const seo = seoPlugin({
  collections: ['news', 'clusters'],
  uploadsCollection: 'media',
  generateTitle: ({ doc }) =>
    `${(doc as { title?: string; name?: string }).title ?? (doc as { name?: string }).name ?? ''} – Arctic Smartness`,
  generateDescription: ({ doc }) =>
    (doc as { summary?: string; shortDescription?: string }).summary ??
    (doc as { shortDescription?: string }).shortDescription ??
    '',
})
