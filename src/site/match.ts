import type { Locale } from '@/i18n/locales'
import { findMunicipality } from '@/lapland/municipalities'
import { matchNeed } from '@/match/matchNeed'
import { queryText } from '@/platform/queryParams'

import { t } from './i18n'
import { single } from './params'
import { getReader } from './reader'

export type SiteMatch =
  | { kind: 'none' }
  | {
      kind: 'problem'
      field: 'q' | 'municipality'
      message: string
      q: string
      municipality: string
    }
  | {
      kind: 'found'
      q: string
      municipality: string
      result: Awaited<ReturnType<typeof matchNeed>>
    }

/**
 * The "Which cluster is for me?" page's answer: the need and municipality as typed, checked as
 * GET /api/match checks them (3 to 1,000 characters; a municipality of Lapland), and matched.
 */
export async function matchSite(
  locale: Locale,
  need: string | string[] | undefined,
  place: string | string[] | undefined,
): Promise<SiteMatch> {
  const typed = single(need)?.trim() ?? ''
  const municipality = single(place)?.trim() ?? ''
  if (!typed && !municipality) return { kind: 'none' }
  const kept = { q: typed.slice(0, 1000), municipality }
  const q = queryText(typed, 3, 1000)
  if (!q) return { kind: 'problem', field: 'q', message: t(locale, 'match.error.need'), ...kept }
  const found = municipality ? findMunicipality(municipality) : undefined
  if (municipality && !found) {
    const message = t(locale, 'match.error.municipality')
    return { kind: 'problem', field: 'municipality', message, ...kept }
  }
  const { payload } = await getReader()
  const result = await matchNeed(payload, {
    locale,
    q,
    municipality: found?.code,
    newsClusters: [],
  })
  return { kind: 'found', q, municipality: found?.code ?? '', result }
}
