import type { Locale } from '@/i18n/locales'
import { impactLabels, type ClusterImpact, type impactLabelKeys } from '@/impact/clusterImpact'
import { t } from '@/site/i18n'

const companyFigures = ['companiesEngaged', 'requestsThisYear', 'joinsThisYear'] as const
const resultFigures = ['newProducts', 'jobs', 'rdiProjects', 'exportEuros', 'fundingEuros'] as const

type Figure = (typeof companyFigures)[number] | (typeof resultFigures)[number]

const intlLocales: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }

/**
 * What a cluster achieved with companies (the rollup of GET /api/clusters/{slug}/impact) as
 * lists of labelled figures, and the quotes the companies approved. No chart: the figures are
 * few, and a list reads the same to everyone. Only figures with records behind them are shown,
 * and nothing at all for a cluster with none: a row of zeros advertises what is not there.
 */
export function ImpactFigures({ impact, locale }: { impact: ClusterImpact; locale: Locale }) {
  const labels = impactLabels(locale) as Record<keyof typeof impactLabelKeys, string>
  const number = new Intl.NumberFormat(intlLocales[locale])
  const values: Record<Figure, number> = {
    companiesEngaged: impact.companiesEngaged,
    requestsThisYear: impact.requestsThisYear,
    joinsThisYear: impact.joinsThisYear,
    ...impact.outcomes,
    fundingEuros: impact.fundingEuros,
  }
  const recorded = (figures: readonly Figure[]) => figures.filter((figure) => values[figure] > 0)
  const companies = recorded(companyFigures)
  const results = recorded(resultFigures)
  if (!companies.length && !results.length && !impact.quotes.length) return null
  const list = (figures: readonly Figure[]) => (
    <dl className="figures">
      {figures.map((figure) => (
        <div key={figure}>
          <dt>{labels[figure]}</dt>
          <dd>{number.format(values[figure])}</dd>
        </div>
      ))}
    </dl>
  )
  return (
    <section className="impact" aria-labelledby="impact-heading">
      <h2 id="impact-heading">{t(locale, 'impact.heading')}</h2>
      {companies.length ? (
        <>
          <h3>{t(locale, 'impact.companies')}</h3>
          {list(companies)}
        </>
      ) : null}
      {results.length ? (
        <>
          <h3>{t(locale, 'impact.results')}</h3>
          {list(results)}
        </>
      ) : null}
      <p className="meta">{t(locale, 'impact.note', { year: impact.year })}</p>
      {impact.quotes.length ? (
        <>
          <h3>{t(locale, 'impact.quotes')}</h3>
          <ul className="quotes">
            {impact.quotes.map((quote, i) => (
              <li key={i}>
                <figure>
                  <blockquote>
                    <p>{quote.text}</p>
                  </blockquote>
                  <figcaption>
                    {quote.person ? `${quote.person}, ` : null}
                    {quote.year}
                  </figcaption>
                </figure>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
