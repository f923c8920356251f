import type { Metadata } from 'next'

import type { Locale } from '@/i18n/locales'
import { municipalities } from '@/lapland/municipalities'
import { sitePaths } from '@/platform/sitePaths'
import { Shell } from '@/site/components/Shell'
import { t } from '@/site/i18n'
import { matchSite, type SiteMatch } from '@/site/match'
import { everyLanguage, pageMetadata } from '@/site/metadata'
import {
  localeOf,
  notFoundMetadata,
  pageLocale,
  single,
  type LocaleParams,
  type SearchParams,
} from '@/site/params'
import { getReader } from '@/site/reader'

type Props = { params: LocaleParams; searchParams: SearchParams }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  if (!locale) return notFoundMetadata()
  const asked = single((await searchParams).q) !== undefined
  return {
    ...pageMetadata(locale, {
      title: t(locale, 'match.title'),
      description: t(locale, 'match.intro'),
      languages: everyLanguage((code) => sitePaths.match(code)),
    }),
    ...(asked ? { robots: { index: false, follow: true } } : {}),
  }
}

type Found = Extract<SiteMatch, { kind: 'found' }>

function Results({ locale, found }: { locale: Locale; found: Found }) {
  const { clusters, experts, news } = found.result
  return (
    <section aria-labelledby="match-results" className="match-results">
      <h2 id="match-results" role="status">
        {clusters.length ? t(locale, 'match.results') : t(locale, 'match.noClusters')}
      </h2>
      {clusters.length ? (
        <ul className="cards">
          {clusters.map((cluster) => (
            <li key={cluster.id}>
              <h3>
                <a href={sitePaths.cluster(locale, cluster.slug)}>{cluster.name}</a>
              </h3>
              {cluster.shortDescription ? <p>{cluster.shortDescription}</p> : null}
              {cluster.reason ? (
                <p>
                  <span className="label">{t(locale, 'match.why')}:</span> {cluster.reason}
                </p>
              ) : null}
              <p>
                <a className="button-link" href={sitePaths.join(locale, { cluster: cluster.slug })}>
                  {t(locale, 'match.join', { cluster: cluster.name })}
                </a>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>
          <a href={sitePaths.clusters(locale)}>{t(locale, 'match.allClusters')}</a>
        </p>
      )}
      {experts.length ? (
        <>
          <h2>{t(locale, 'match.experts')}</h2>
          <ul className="people">
            {experts.map((expert) => (
              <li key={expert.id}>
                <div className="person">
                  <h3>{expert.name}</h3>
                  {expert.title || expert.organisation ? (
                    <p className="person__role">
                      {[expert.title, expert.organisation].filter(Boolean).join(', ')}
                    </p>
                  ) : null}
                  <p>{expert.reason}</p>
                  {expert.email ? (
                    <p>
                      <a href={`mailto:${expert.email}`}>{expert.email}</a>
                    </p>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {news.length ? (
        <>
          <h2>{t(locale, 'match.news')}</h2>
          <ul className="news-list">
            {news.map((item) => (
              <li key={item.id}>
                <h3>
                  <a href={sitePaths.news(locale, item.slug)}>{item.title}</a>
                </h3>
                {item.reason ? <p className="meta">{item.reason}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}

/**
 * "Which cluster is for me?": a company describes its need and gets the clusters that fit,
 * whom to contact and what to read, each with its reason: the matcher of GET /api/match,
 * called in-process. A GET form, so it works without JavaScript and a result can be linked.
 */
export default async function MatchPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const query = await searchParams
  const found = await matchSite(locale, query.q, query.municipality)
  const collator = new Intl.Collator(locale === 'sv' ? 'sv' : 'fi')
  const places = municipalities
    .map((m) => ({ code: m.code, name: locale === 'sv' ? m.sv : m.fi }))
    .sort((a, b) => collator.compare(a.name, b.name))
  const error = found.kind === 'problem' ? found : undefined
  return (
    <Shell
      locale={locale}
      languages={everyLanguage((code) => sitePaths.match(code))}
      section="match"
      atSection={found.kind === 'none'}
      reader={await getReader()}
    >
      <h1>{t(locale, 'match.title')}</h1>
      <p className="lead">{t(locale, 'match.intro')}</p>
      <form className="match-form" action={sitePaths.match(locale)}>
        <div className="field">
          <label htmlFor="match-q">{t(locale, 'match.need')}</label>
          <p className="help" id="match-q-help">
            {t(locale, 'match.need.help')}
          </p>
          {error?.field === 'q' ? (
            <p className="field-error" id="match-q-error">
              {error.message}
            </p>
          ) : null}
          <textarea
            id="match-q"
            name="q"
            rows={4}
            maxLength={1000}
            defaultValue={found.kind === 'none' ? '' : found.q}
            aria-describedby={error?.field === 'q' ? 'match-q-help match-q-error' : 'match-q-help'}
            aria-invalid={error?.field === 'q' ? true : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="match-municipality">{t(locale, 'match.municipality')}</label>
          {error?.field === 'municipality' ? (
            <p className="field-error" id="match-municipality-error">
              {error.message}
            </p>
          ) : null}
          <select
            id="match-municipality"
            name="municipality"
            defaultValue={found.kind === 'none' ? '' : found.municipality}
            aria-describedby={
              error?.field === 'municipality' ? 'match-municipality-error' : undefined
            }
            aria-invalid={error?.field === 'municipality' ? true : undefined}
          >
            <option value="">{t(locale, 'match.municipality.any')}</option>
            {places.map((place) => (
              <option key={place.code} value={place.code}>
                {place.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t(locale, 'match.submit')}</button>
      </form>
      {found.kind === 'found' ? <Results locale={locale} found={found} /> : null}
      <p>
        {t(locale, 'match.orJoin')}{' '}
        <a href={sitePaths.join(locale)}>{t(locale, 'match.joinForm')}</a>
      </p>
    </Shell>
  )
}
