import type { Payload } from 'payload'

import { label, translate, type MessageKey } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import { appPool } from '@/platform/database/pool'

export const outcomeKeys = ['newProducts', 'jobs', 'exportEuros', 'rdiProjects'] as const
export type OutcomeKey = (typeof outcomeKeys)[number]

export type ClusterImpact = {
  year: number
  companiesEngaged: number
  requestsThisYear: number
  joinsThisYear: number
  outcomes: Record<OutcomeKey, number>
  fundingEuros: number
  /** The last twelve months, oldest first: requests received and requests that became joins. */
  joinsPerMonth: { month: string; requests: number; joined: number }[]
  quotes: { text: string; person: string | null; year: number }[]
}

// Months and years as the council counts them: in Finnish time.
const zone = 'Europe/Helsinki'

/** One cluster's figures, from its benefit records and join requests, in SQL. */
export async function clusterImpact(
  payload: Payload,
  clusterId: number,
  locale: Locale,
  now = new Date(),
): Promise<ClusterImpact> {
  const pool = appPool(payload)
  const [totals, companies, joins, months, quotes] = await Promise.all([
    pool.query(
      `SELECT coalesce(sum(new_products), 0) AS "newProducts", coalesce(sum(jobs), 0) AS jobs,
         coalesce(sum(export_euros), 0) AS "exportEuros", coalesce(sum(rdi_projects), 0) AS "rdiProjects",
         coalesce(sum(funding_euros), 0) AS "fundingEuros"
       FROM benefits WHERE cluster_id = $1`,
      [clusterId],
    ),
    // A company counts once, by business ID where known, whether it joined, benefited or both.
    pool.query(
      `SELECT count(DISTINCT key) AS count FROM (
         SELECT coalesce(nullif(c.business_id, ''), lower(trim(c.name))) AS key
         FROM benefits b JOIN benefits_companies c ON c._parent_id = b.id WHERE b.cluster_id = $1
         UNION
         SELECT r.business_id FROM join_requests r
         JOIN join_requests_rels rel ON rel.parent_id = r.id AND rel.path = 'clusters'
         WHERE rel.clusters_id = $1 AND r.status = 'joined') AS engaged`,
      [clusterId],
    ),
    pool.query(
      `SELECT count(*) FILTER (WHERE date_part('year', r.created_at AT TIME ZONE $2) = $3) AS requests,
         count(*) FILTER (WHERE date_part('year', r.joined_at AT TIME ZONE $2) = $3) AS joined
       FROM join_requests r JOIN join_requests_rels rel ON rel.parent_id = r.id AND rel.path = 'clusters'
       WHERE rel.clusters_id = $1`,
      [clusterId, zone, yearIn(now)],
    ),
    pool.query<{ month: string; requests: string; joined: string }>(
      `WITH months AS (
         SELECT to_char(m, 'YYYY-MM') AS month FROM generate_series(
           date_trunc('month', $2::timestamptz AT TIME ZONE $3) - interval '11 months',
           date_trunc('month', $2::timestamptz AT TIME ZONE $3), interval '1 month') AS m),
       mine AS (
         SELECT r.created_at, r.joined_at FROM join_requests r
         JOIN join_requests_rels rel ON rel.parent_id = r.id AND rel.path = 'clusters'
         WHERE rel.clusters_id = $1)
       SELECT months.month,
         (SELECT count(*) FROM mine WHERE to_char(created_at AT TIME ZONE $3, 'YYYY-MM') = months.month) AS requests,
         (SELECT count(*) FROM mine WHERE to_char(joined_at AT TIME ZONE $3, 'YYYY-MM') = months.month) AS joined
       FROM months ORDER BY months.month`,
      [clusterId, now.toISOString(), zone],
    ),
    pool.query<{ text: string; person: string | null; year: string }>(
      `SELECT l.quote_text AS text, b.quote_person AS person, b.year FROM benefits b
       JOIN benefits_locales l ON l._parent_id = b.id AND l._locale = $2
       WHERE b.cluster_id = $1 AND b.quote_approved AND l.quote_text <> ''
       ORDER BY b.year DESC, b.id DESC LIMIT 5`,
      [clusterId, locale],
    ),
  ])
  const sums = totals.rows[0] as Record<OutcomeKey | 'fundingEuros', string>
  return {
    year: yearIn(now),
    companiesEngaged: Number(companies.rows[0]?.count ?? 0),
    requestsThisYear: Number(joins.rows[0]?.requests ?? 0),
    joinsThisYear: Number(joins.rows[0]?.joined ?? 0),
    outcomes: Object.fromEntries(outcomeKeys.map((key) => [key, Number(sums[key])])) as Record<
      OutcomeKey,
      number
    >,
    fundingEuros: Number(sums.fundingEuros),
    joinsPerMonth: months.rows.map((row) => ({
      month: row.month,
      requests: Number(row.requests),
      joined: Number(row.joined),
    })),
    quotes: quotes.rows.map((row) => ({ ...row, year: Number(row.year) })),
  }
}

const yearIn = (date: Date) =>
  Number(new Intl.DateTimeFormat('en', { timeZone: zone, year: 'numeric' }).format(date))

export const impactLabelKeys = {
  companiesEngaged: 'impact.companiesEngaged',
  requestsThisYear: 'impact.requestsThisYear',
  joinsThisYear: 'impact.joinsThisYear',
  newProducts: 'impact.newProducts',
  jobs: 'impact.jobs',
  exportEuros: 'impact.exportEuros',
  rdiProjects: 'impact.rdiProjects',
  fundingEuros: 'impact.fundingEuros',
  joinsPerMonth: 'impact.joinsPerMonth',
} as const satisfies Record<string, MessageKey>

/** The figures' labels in one language, or in all three. */
export const impactLabels = (locale: Locale | 'all') =>
  Object.fromEntries(
    Object.entries(impactLabelKeys).map(([name, key]) => [
      name,
      locale === 'all' ? label(key) : translate(locale, key),
    ]),
  )
