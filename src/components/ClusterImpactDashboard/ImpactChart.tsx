import type { TFunction } from '@payloadcms/translations'
import React from 'react'

import type { AdminTranslationKey } from '@/i18n/admin/texts'
import type { Locale } from '@/i18n/locales'
import type { ClusterImpact } from '@/impact/clusterImpact'

const colours = { requests: '#0b4f8a', joined: '#1a7f37' } // 8:1 and 5:1 on white
const width = 480
const height = 160
const axis = 24

const monthName = (month: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  )

/**
 * Join requests and joins per month as paired bars. Screen readers get the title, a one-line
 * description and the same figures as a table; colour is never the only key (a legend names it).
 */
export function JoinsChart({
  id,
  impact,
  locale,
  t,
}: {
  id: string
  impact: ClusterImpact
  locale: Locale
  t: TFunction<AdminTranslationKey>
}) {
  const months = impact.joinsPerMonth
  const max = Math.max(1, ...months.flatMap((m) => [m.requests, m.joined]))
  const slot = (width - axis) / months.length
  const bar = Math.max(2, slot / 2 - 2)
  const y = (value: number) => ((height - axis) * value) / max
  const total = (key: 'requests' | 'joined') => months.reduce((sum, m) => sum + m[key], 0)
  const description = `${t('newsroom:impact.requests')}: ${total('requests')}, ${t('newsroom:impact.joined')}: ${total('joined')}`
  return (
    <figure style={{ margin: '0 0 16px' }}>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width }}
      >
        <title id={`${id}-title`}>{t('newsroom:impact.joinsPerMonth')}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <line x1={axis} y1={height - axis} x2={width} y2={height - axis} stroke="currentColor" />
        <text x={0} y={12} fontSize={11} fill="currentColor">
          {max}
        </text>
        {months.map((m, i) => {
          const x = axis + i * slot + 2
          return (
            <g key={m.month}>
              <rect
                x={x}
                y={height - axis - y(m.requests)}
                width={bar}
                height={y(m.requests)}
                fill={colours.requests}
              />
              <rect
                x={x + bar + 1}
                y={height - axis - y(m.joined)}
                width={bar}
                height={y(m.joined)}
                fill={colours.joined}
              />
              <text x={x} y={height - 8} fontSize={10} fill="currentColor">
                {monthName(m.month, locale)}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption style={{ display: 'flex', gap: 16, fontSize: 13 }}>
        {(['requests', 'joined'] as const).map((key) => (
          <span key={key}>
            <svg width="12" height="12" aria-hidden="true">
              <rect width="12" height="12" fill={colours[key]} />
            </svg>{' '}
            {t(`newsroom:impact.${key}`)}
          </span>
        ))}
      </figcaption>
      <details>
        <summary>{t('newsroom:impact.joinsPerMonth')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('newsroom:impact.month')}</th>
              <th scope="col">{t('newsroom:impact.requests')}</th>
              <th scope="col">{t('newsroom:impact.joined')}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{m.month}</th>
                <td>{m.requests}</td>
                <td>{m.joined}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}

/** The outcomes as labelled horizontal bars, each with its number written out. */
export function OutcomesChart({
  impact,
  locale,
  t,
}: {
  impact: ClusterImpact
  locale: Locale
  t: TFunction<AdminTranslationKey>
}) {
  const number = new Intl.NumberFormat(locale)
  const counts = [
    ['newsroom:impact.companiesEngaged', impact.companiesEngaged],
    ['newsroom:impact.joinsThisYear', impact.joinsThisYear],
    ['newsroom:impact.newProducts', impact.outcomes.newProducts],
    ['newsroom:impact.jobs', impact.outcomes.jobs],
    ['newsroom:impact.rdiProjects', impact.outcomes.rdiProjects],
  ] as const
  const max = Math.max(1, ...counts.map(([, value]) => value))
  return (
    <dl style={{ margin: 0 }}>
      {counts.map(([key, value]) => (
        <div
          key={key}
          style={{ display: 'grid', gridTemplateColumns: '14em 1fr', gap: 8, alignItems: 'center' }}
        >
          <dt>{t(key)}</dt>
          <dd style={{ margin: 0, display: 'flex', gap: 8, alignItems: 'center' }}>
            <span
              aria-hidden="true"
              style={{
                display: 'inline-block',
                height: 10,
                width: `${(60 * value) / max}%`,
                background: colours.requests,
              }}
            />
            {number.format(value)}
          </dd>
        </div>
      ))}
      {(['exportEuros', 'fundingEuros'] as const).map((key) => (
        <div key={key} style={{ display: 'grid', gridTemplateColumns: '14em 1fr', gap: 8 }}>
          <dt>{t(`newsroom:impact.${key}`)}</dt>
          <dd style={{ margin: 0 }}>
            {number.format(
              key === 'exportEuros' ? impact.outcomes.exportEuros : impact.fundingEuros,
            )}
          </dd>
        </div>
      ))}
    </dl>
  )
}
