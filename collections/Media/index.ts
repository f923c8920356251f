import type { CollectionConfig } from 'payload'

import { label } from '@/i18n'

import { guardFileChanges } from './hooks/guardFileChanges'
import { dropPreviousFiles, keepPreviousFiles, restorePreviousFiles } from './hooks/keepPreviousFiles'
import { limitImagePixels } from './hooks/limitImagePixels'
import { missingFileIsNotFound } from './missingFileIsNotFound'

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { singular: label('media.singular'), plural: label('media.plural') },
  admin: { group: label('group.content') },
  hooks: {
    // In this order: nothing is copied for a save that is refused anyway.
    beforeOperation: [guardFileChanges, limitImagePixels, keepPreviousFiles],
    afterOperation: [dropPreviousFiles],
    afterError: [restorePreviousFiles],
  },
  upload: {
    staticDir: 'media',
    // SVG is left out on purpose: it can carry script.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 400 },
      { name: 'card', width: 800 },
      { name: 'hero', width: 1600 },
    ],
    adminThumbnail: 'thumbnail',
    handlers: [missingFileIsNotFound],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: label('media.alt'),
      admin: { description: label('media.alt.help') },
      localized: true,
      required: true,
    },
    { name: 'caption', type: 'textarea', label: label('media.caption'), localized: true },
    { name: 'credit', type: 'text', label: label('media.credit'), localized: true },
  ],
}
