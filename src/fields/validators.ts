import type { PayloadRequest, TextFieldManyValidation, TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'

import { translate, type MessageKey } from '@/i18n'
import { isLocale } from '@/i18n/locales'
import { checkBusinessId } from '@/join/businessId'
import { isWebAddress } from '@/platform/links'
import { checkTargetUrl } from '@/webhooks/targets'

/** A field's error message in the language of the request (Payload's, from Accept-Language). */
export const fieldMessage = (
  req: Pick<PayloadRequest, 'i18n'>,
  key: MessageKey,
  values?: Record<string, string>,
): string => {
  const language = req.i18n?.language
  return translate(isLocale(language) ? language : 'en', key, values)
}

/**
 * A text validation run after Payload's own (required, length), which a custom `validate`
 * would otherwise replace.
 */
const textThat =
  (key: MessageKey, test: (value: string) => boolean): TextFieldSingleValidation =>
  async (value, options) => {
    const base = await text(value, options)
    if (base !== true || !value) return base
    return test(value) || fieldMessage(options.req, key)
  }

export const validateSlug = textThat('validation.slug', (value) =>
  /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value),
)

export const validateUrl = textThat('validation.url', isWebAddress)

export const validatePhone = textThat('validation.phone', (value) =>
  /^\+?[0-9][0-9 ()-]{4,19}$/.test(value),
)

export const validateWebhookUrl = textThat(
  'validation.webhookUrl',
  (value) => checkTargetUrl(value) === undefined,
)

const isOrigin = (value: string) => {
  try {
    const url = new URL(value)
    return ['http:', 'https:'].includes(url.protocol) && url.origin === value
  } catch {
    return false
  }
}

/** Browser origins as browsers send them: scheme, host and port only. */
export const validateOrigins: TextFieldManyValidation = (values, { req }) => {
  const bad = (values ?? []).find((value) => !isOrigin(value))
  return bad === undefined || fieldMessage(req, 'validation.origin', { value: bad })
}

export const validateBusinessId = textThat(
  'validation.businessId',
  (value) => checkBusinessId(value) === 'valid',
)
