import { isLocale, type Locale } from '@/i18n/locales'
import type { Problem } from '@/platform/problems'

export type SubscriptionInput = {
  email: string
  locale: Locale
  clusters: string[]
  source?: string
}

/** The body's fields that a problem can be about. */
export type SubscriptionField = 'email' | 'locale' | 'clusters' | 'consent' | 'source'

/** What is wrong with a subscribe request, and the field it is about. */
export type SubscriptionProblem = Problem & { field: SubscriptionField }

type Parsed = { ok: true; value: SubscriptionInput } | { ok: false; problem: SubscriptionProblem }

const fail = (field: SubscriptionField, problem: Problem): Parsed => ({
  ok: false,
  problem: { ...problem, field },
})

// Practical, not RFC 5322: one @, a dot in the domain, nothing a mail header could misread.
export const emailPattern =
  /^[^\s@<>()[\]\\,;:"]{1,64}@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/

const hasLineBreak = (value: unknown): boolean =>
  typeof value === 'string'
    ? /[\r\n]/.test(value)
    : Array.isArray(value) && value.some(hasLineBreak)

/** Checks a subscribe request's body; every refusal names its reason. */
export function parseSubscription(body: unknown): Parsed {
  if (typeof body !== 'object' || body === null) return fail('email', { key: 'api.badEmail' })
  const { email, locale, clusters = [], consent, source } = body as Record<string, unknown>
  const lines = { email, locale, clusters, source }
  for (const field of Object.keys(lines) as (keyof typeof lines)[]) {
    if (hasLineBreak(lines[field])) return fail(field, { key: 'api.lineBreaks', values: { field } })
  }
  if (typeof email !== 'string' || email.length > 254 || !emailPattern.test(email.trim())) {
    return fail('email', { key: 'api.badEmail' })
  }
  if (!isLocale(locale)) return fail('locale', { key: 'api.badLanguage' })
  if (
    !Array.isArray(clusters) ||
    clusters.length > 20 ||
    !clusters.every((c) => typeof c === 'string')
  ) {
    return fail('clusters', { key: 'api.unknownClusters', values: { value: String(clusters) } })
  }
  if (consent !== true) return fail('consent', { key: 'api.consentRequired' })
  if (source !== undefined && (typeof source !== 'string' || source.length > 300)) {
    return fail('source', { key: 'api.lineBreaks', values: { field: 'source' } })
  }
  return {
    ok: true,
    value: {
      email: email.trim().toLowerCase(),
      locale,
      clusters: [...new Set(clusters as string[])],
      source: source as string | undefined,
    },
  }
}
