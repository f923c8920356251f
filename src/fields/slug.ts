import { slugField, type FieldHook } from 'payload'

import { label } from '@/i18n'
import { defaultLocale, isLocale } from '@/i18n/locales'

import { slugify, toSlug } from './slugify'
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

/**
 * A translation whose title is still the Finnish one (what "Start from Finnish" leaves) gets no
 * slug of its own yet and keeps generating: its slug then comes from its first own title, or
 * from what it is published with, never silently from the Finnish title of a draft.
 */
const holdWhileCopied =
  (useAsSlug: string): FieldHook =>
  async ({ value, data, operation, originalDoc, req, collection }) => {
    if (operation !== 'update' || !data || !collection || originalDoc?.id === undefined) {
      return value
    }
    if (!isLocale(req.locale) || req.locale === defaultLocale || data._status === 'published') {
      return value
    }
    const source = await req.payload.findByID({
      collection: collection.slug,
      id: originalDoc.id,
      locale: defaultLocale,
      draft: true,
      depth: 0,
      disableErrors: true,
      // Not `req`: a Local API call given it would switch the request's locale to Finnish.
      // The Finnish text is not part of this save, so the committed one is the one to compare.
    })
    const sourceTitle = (source as Record<string, unknown> | null)?.[useAsSlug]
    if (typeof sourceTitle !== 'string' || data[useAsSlug] !== sourceTitle) return value
    // A slug the editor wrote by hand stays.
    const ownSlug = originalDoc.slug && originalDoc.slug !== toSlug(sourceTitle)
    if (ownSlug || (data.slug && data.slug !== toSlug(sourceTitle))) return value
    data.slug = null
    return true
  }

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
          beforeChange: [
            ...(generateSwitch.hooks?.beforeChange ?? []),
            ...(localized ? [holdWhileCopied(useAsSlug)] : []),
          ],
        }
      }
      if (slugInput?.type === 'text') {
        slugInput.label = label('field.slug')
        slugInput.validate = validateSlug
      }
      return row
    },
  })
