import type { TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'

import { translate, type MessageKey } from '@/i18n'
import { isLocale } from '@/i18n/locales'

/**
 * A text validation run after Payload's own (required, length), which a custom `validate`
 * would otherwise replace.
 */
const textThat =
  (key: MessageKey, test: (value: string) => boolean): TextFieldSingleValidation =>
  async (value, options) => {
    const base = await text(value, options)
    if (base !== true || !value) return base
    if (test(value)) return true
    const language = options.req.i18n?.language
    return translate(isLocale(language) ? language : 'en', key)
  }

export const validateSlug = textThat('validation.slug', (value) =>
  /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value),
)

export const validateUrl = textThat('validation.url', (value) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol)
  } catch {
    return false
  }
})

export const validatePhone = textThat('validation.phone', (value) =>
  /^\+?[0-9][0-9 ()-]{4,19}$/.test(value),
)
