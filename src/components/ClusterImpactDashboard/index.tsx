import type { DefaultTranslationKeys, TFunction } from '@payloadcms/translations'
import type { ServerProps } from 'payload'
import React from 'react'

import type { AdminTranslationKey } from '@/i18n/admin/texts'
import { isLocale } from '@/i18n/locales'
import { clusterImpact } from '@/impact/clusterImpact'

import { JoinsChart, OutcomesChart } from './ImpactChart'

/** Above the admin dashboard: each cluster's joins per month and outcomes, for the council. */
export async function ClusterImpactDashboard({ payload, i18n, user }: ServerProps) {
  if (user?.collection !== 'users') return null
  const locale = isLocale(i18n?.language) ? i18n.language : 'en'
  // Payload types its server-side `t` with its own keys only; ours are registered beside them.
  const t = i18n.t as TFunction<AdminTranslationKey | DefaultTranslationKeys>
  const { docs: clusters } = await payload.find({
    collection: 'clusters',
    locale,
    depth: 0,
    limit: 50,
    select: { name: true, slug: true },
  })
  const figures = await Promise.all(clusters.map((c) => clusterImpact(payload, c.id, locale)))
  return (
    <section aria-labelledby="cluster-impact" style={{ marginBottom: 32 }}>
      <h2 id="cluster-impact">{t('newsroom:impact.dashboard.title')}</h2>
      {!clusters.length && <p>{t('newsroom:impact.dashboard.empty')}</p>}
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(420px, 1fr))',
          gap: 24,
        }}
      >
        {clusters.map((cluster, i) => (
          <article key={cluster.id} aria-labelledby={`impact-${cluster.slug}`}>
            <h3 id={`impact-${cluster.slug}`}>{cluster.name}</h3>
            <JoinsChart
              id={`impact-${cluster.slug}-joins`}
              impact={figures[i]!}
              locale={locale}
              t={t}
            />
            <OutcomesChart impact={figures[i]!} locale={locale} t={t} />
          </article>
        ))}
      </div>
    </section>
  )
}
