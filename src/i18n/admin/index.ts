import { en } from '@payloadcms/translations/languages/en'
import { sv } from '@payloadcms/translations/languages/sv'
import type { Config } from 'payload'

import { en as enTexts, type Messages } from '@/i18n/en'
import { fi as fiTexts } from '@/i18n/fi'
import { sv as svTexts } from '@/i18n/sv'
import { placeholder } from '@/i18n/translator'

import { fi } from './fi'
import { fiPluginTranslations } from './fiPlugins'
import { adminTextGroups, type AdminTranslations } from './texts'

/**
 * Our texts that admin components show, with Payload's `{{name}}` placeholders for our `{name}`;
 * and Payload's own "Payload Settings" heading of the account page, which names no product of ours.
 */
const adminTexts = (texts: Messages): AdminTranslations & { general: object } => ({
  general: { payloadSettings: texts['adminSettings.title'] },
  newsroom: Object.fromEntries(
    Object.entries(texts)
      .filter(([key]) => adminTextGroups.some((group) => key.startsWith(group)))
      .map(([key, text]) => [key, text.replace(placeholder, '{{$1}}')]),
  ) as AdminTranslations['newsroom'],
})

/**
 * The admin UI in Finnish, Swedish and English. Payload's list of language codes lacks `fi`,
 * so the types need a cast; at run time Payload takes any key of `supportedLanguages`. It never
 * matches `fi` in a browser's Accept-Language, so Finnish is the fallback: Finnish and unknown
 * browsers get Finnish, Swedish and English ones their own, and the account page switches.
 */
export const adminI18n = {
  supportedLanguages: { fi, sv, en },
  fallbackLanguage: 'fi',
  translations: {
    fi: { ...adminTexts(fiTexts), ...fiPluginTranslations },
    sv: adminTexts(svTexts),
    en: adminTexts(enTexts),
  },
} as unknown as NonNullable<Config['i18n']>
