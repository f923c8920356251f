import { en } from '@payloadcms/translations/languages/en'
import { sv } from '@payloadcms/translations/languages/sv'
import type { Config } from 'payload'

import { fi } from './fi'

/**
 * The admin UI in Finnish, Swedish and English. Payload's list of language codes lacks `fi`,
 * so the types need a cast; at run time Payload takes any key of `supportedLanguages`. It never
 * matches `fi` in a browser's Accept-Language, so Finnish is the fallback: Finnish and unknown
 * browsers get Finnish, Swedish and English ones their own, and the account page switches.
 */
export const adminI18n = {
  supportedLanguages: { fi, sv, en },
  fallbackLanguage: 'fi',
} as unknown as NonNullable<Config['i18n']>
