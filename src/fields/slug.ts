import { slugField, type FieldHook } from 'payload'

import { label } from '@/i18n'

import { slugify } from './slugify'
import { validateSlug } from './validators'

type Options = { useAsSlug?: string; localized?: boolean }

/**
 * Payload's `generateSlug` switch regenerates the slug from the title on every update while it
 * is on, even over a slug the same request sets (the first save of a new translation over the
 * API). A slug given explicitly turns generation off.
 */
const keepExplicitSlug: FieldHook = ({ value, siblingData, originalDoc }) =>
  typeof siblingData?.slug === 'string' &&
  siblingData.slug &&
  siblingData.slug !== originalDoc?.slug
    ? false
    : value

/** Payload's slug field (generated once from the title, then stable and editable) with our slugify. */
export const slug = ({ useAsSlug = 'title', localized = false }: Options = {}) =>
  slugField({
    useAsSlug,
    localized,
    slugify,
    overrides: (row) => {
      const [generateSwitch, slugInput] = row.fields
      if (generateSwitch?.type === 'checkbox') {
        generateSwitch.hooks = {
          ...generateSwitch.hooks,
          beforeValidate: [...(generateSwitch.hooks?.beforeValidate ?? []), keepExplicitSlug],
        }
      }
      if (slugInput?.type === 'text') {
        slugInput.label = label('field.slug')
        slugInput.validate = validateSlug
      }
      return row
    },
  })
