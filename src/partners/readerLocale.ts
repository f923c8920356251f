import type { PayloadRequest } from 'payload'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import type { Problem } from '@/platform/problems'

import { partnerOf, scopeLocales } from './scope'

function scopedLocale<T extends string>(
  req: PayloadRequest,
  searchParams: URLSearchParams,
  accepts: (value: string) => value is T,
): T | Problem {
  const partner = partnerOf(req.user)
  const allowed: string[] = partner ? scopeLocales(partner) : []
  const asked = searchParams.get('locale') ?? allowed[0] ?? defaultLocale
  if (!accepts(asked)) return { key: 'api.badLanguage' }
  if (allowed.length && !allowed.includes(asked)) {
    return {
      key: 'api.localeOutOfScope',
      values: { value: asked, allowed: allowed.join(', ') },
      status: 403,
    }
  }
  return asked
}

/**
 * The language of a public read: `locale`, else a partner's first language, else Finnish;
 * `all` is no language to search in, and a partner keeps to its own.
 */
export const readerLocale = (req: PayloadRequest, searchParams: URLSearchParams) =>
  scopedLocale(req, searchParams, isLocale)

/** The same where `all` (every language at once) is an answer too; not for a scoped partner. */
export const readerLocaleOrAll = (req: PayloadRequest, searchParams: URLSearchParams) =>
  scopedLocale(
    req,
    searchParams,
    (value): value is Locale | 'all' => value === 'all' || isLocale(value),
  )
