import type { DefaultTranslationKeys, TFunction } from '@payloadcms/translations'
import type { ServerProps } from 'payload'
import React from 'react'

import type { AdminTranslationKey } from '@/i18n/admin/texts'
import { isLocale } from '@/i18n/locales'
import type { Expert } from '@/payload-types'
import { settings } from '@/platform/settings'

/**
 * Above the clusters list: the clusters whose join requests no coordinator receives (none set,
 * or one without an email address), and where those requests go instead.
 */
export async function ClustersWithoutCoordinator({ payload, i18n, user }: ServerProps) {
  if (user?.collection !== 'users') return null
  const locale = isLocale(i18n?.language) ? i18n.language : 'en'
  const t = i18n.t as TFunction<AdminTranslationKey | DefaultTranslationKeys>
  const { docs } = await payload.find({
    collection: 'clusters',
    locale,
    depth: 1,
    limit: 100,
    sort: 'displayOrder',
    select: { name: true, coordinator: true },
    populate: { experts: { email: true } },
  })
  const missing = docs.filter((cluster) => !(cluster.coordinator as Expert | null)?.email)
  if (!missing.length) return null
  const fallback = settings.joinFallbackEmail ?? t('newsroom:coordinator.fallback.editors')
  return (
    <div className="coordinator-warning" role="status" style={warning}>
      <strong>{t('newsroom:coordinator.missing.title')}</strong>{' '}
      {t('newsroom:coordinator.missing.list', {
        clusters: missing.map((cluster) => cluster.name).join(', '),
        fallback,
      })}
    </div>
  )
}

// Payload's own warning colours, so the notice reads as one in light and dark themes.
const warning: React.CSSProperties = {
  marginBottom: 24,
  padding: '12px 16px',
  borderRadius: 4,
  border: '1px solid var(--theme-warning-500)',
  background: 'var(--theme-warning-100)',
  color: 'var(--theme-warning-900, var(--theme-text))',
}
