import { locales } from '@/i18n/locales'
import { apiLimits } from '@/platform/apiLimits'
import type { Problem } from '@/platform/problems'

const localeValues = [...locales, 'all', '*']
const fallbackValues = [...locales, 'none', 'null', 'false']

/**
 * Payload quietly serves the default locale for an unknown `?locale=` and drops an unknown
 * fallback; a partner site asking for `?locale=se` must learn that instead of getting Finnish.
 */
export function checkQuery(params: URLSearchParams): Problem | undefined {
  const locale = params.get('locale')
  if (locale !== null && !localeValues.includes(locale)) {
    return { key: 'api.unknownLocale', values: { value: locale, allowed: localeValues.join(', ') } }
  }
  for (const name of ['fallback-locale', 'fallbackLocale']) {
    const fallback = params.get(name)
    if (fallback !== null && !fallbackValues.includes(fallback)) {
      const allowed = fallbackValues.join(', ')
      return { key: 'api.unknownFallbackLocale', values: { value: fallback, allowed } }
    }
  }
  const depth = params.get('depth')
  if (depth !== null && !isWholeNumberUpTo(depth, apiLimits.maxDepth)) {
    return { key: 'api.badDepth', values: { max: apiLimits.maxDepth } }
  }
  const where = params.get('where')
  if (where !== null && !isJsonObject(where)) return { key: 'api.badWhere' }
  const geoOperator = findGeoOperator(params)
  if (geoOperator) return { key: 'api.unsupportedOperator', values: { value: geoOperator } }
  return undefined
}

// No collection has a point field, and Payload's database adapter throws on these elsewhere.
const geoOperators = /\[(near|within|intersects)\]|"(near|within|intersects)"\s*:/

function findGeoOperator(params: URLSearchParams): string | undefined {
  for (const [key, value] of params) {
    const match = geoOperators.exec(key) ?? (key === 'where' ? geoOperators.exec(value) : null)
    if (match) return match[1] ?? match[2]
  }
  return undefined
}

const isWholeNumberUpTo = (value: string, max: number) =>
  /^\d{1,3}$/.test(value) && Number(value) <= max

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
  } catch {
    return false
  }
}
