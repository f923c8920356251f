import { translate } from '@/i18n'
import { locales, type Locale } from '@/i18n/locales'
import { settings } from '@/platform/settings'

import type { RetentionPeriods } from './retentionRules'

/** The retention periods in force, in each admin language, for the retention runs' list. */
export const retentionDescription = (
  periods: RetentionPeriods = settings.privacy.retention,
): Record<Locale, string> =>
  Object.fromEntries(
    locales.map((locale) => [
      locale,
      translate(locale, 'retentionRuns.description', { ...periods }),
    ]),
  ) as Record<Locale, string>
