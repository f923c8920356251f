import type { Field } from 'payload'

import { label } from '@/i18n'
import { locales } from '@/i18n/locales'

import { hideUnpublishedState, readableOnDocuments } from './hooks/readerStates'
import { translationStates } from './status'

export const statusFieldName = (locale: string) =>
  `translation${locale[0]!.toUpperCase()}${locale.slice(1)}` as 'translationFi'

/**
 * When this language's text last changed (set by `stampTextChange`), and each language's
 * translation status (kept current by `refreshTranslationStatus`): a column and a list filter
 * in the admin, and part of the API (to readers for published languages only).
 */
export const translationFields = (): Field[] => [
  { name: 'textUpdatedAt', type: 'date', localized: true, hidden: true },
  ...locales.map((locale): Field => ({
    name: statusFieldName(locale),
    type: 'select',
    label: label(`translation.${locale}`),
    defaultValue: 'missing',
    index: true,
    options: translationStates.map((value) => ({
      value,
      label: label(`translation.state.${value}`),
    })),
    access: { read: readableOnDocuments, create: () => false, update: () => false },
    hooks: { afterRead: [hideUnpublishedState(locale)] },
    admin: { position: 'sidebar', readOnly: true },
  })),
]

/**
 * Which languages really have the document (`alternates`, for hreflang) and which language each
 * reader's text is in (`contentLocales`): virtual, filled in by `describeLanguages` on every read.
 */
export const languageFields = (textFields: readonly string[]): Field[] => [
  {
    name: 'alternates',
    type: 'json',
    virtual: true,
    admin: { hidden: true },
    typescriptSchema: [
      () => ({
        type: 'array',
        items: {
          type: 'object',
          properties: {
            locale: { type: 'string', enum: [...locales] },
            slug: { type: 'string' },
            url: { type: 'string' },
          },
          required: ['locale', 'slug', 'url'],
          additionalProperties: false,
        },
      }),
    ],
  },
  {
    name: 'contentLocales',
    type: 'json',
    virtual: true,
    admin: { hidden: true },
    // The language of each text, null where there is none.
    typescriptSchema: [
      () => ({
        type: 'object',
        properties: Object.fromEntries(
          textFields.map((field) => [
            field,
            { oneOf: [{ type: 'string', enum: [...locales] }, { type: 'null' }] },
          ]),
        ),
        additionalProperties: false,
      }),
    ],
  },
]
