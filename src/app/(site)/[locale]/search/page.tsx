import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import type { Locale } from '@/i18n/locales'
import { sitePaths } from '@/platform/sitePaths'
import { Pagination } from '@/site/components/NewsList'
import { Shell } from '@/site/components/Shell'
import { t } from '@/site/i18n'
import { everyLanguage, pageMetadata } from '@/site/metadata'
import {
  localeOf,
  notFoundMetadata,
  pageLocale,
  pageNumber,
  type LocaleParams,
  type SearchParams,
} from '@/site/params'
import { getReader } from '@/site/reader'
import { searchSite, type SiteHit } from '@/site/search'

type Props = { params: LocaleParams; searchParams: SearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  if (!locale) return notFoundMetadata()
  return {
    ...pageMetadata(locale, {
      title: t(locale, 'search.title'),
      languages: everyLanguage((code) => sitePaths.search(code)),
    }),
    // Result pages are endless and say nothing a crawler lacks: it finds the pages themselves.
    robots: { index: false, follow: true },
  }
}

const kindLabel = {
  news: 'search.kind.news',
  clusters: 'search.kind.clusters',
  experts: 'search.kind.experts',
} as const

function Hit({ hit, locale }: { hit: SiteHit; locale: Locale }) {
  return (
    <li>
      <p className="meta">{t(locale, kindLabel[hit.collection])}</p>
      <h2>
        {/* The index's headline: the text escaped, the matched words in <mark> (src/search). */}
        <a href={hit.href} dangerouslySetInnerHTML={{ __html: hit.title }} />
      </h2>
      {hit.snippet ? <p dangerouslySetInnerHTML={{ __html: hit.snippet }} /> : null}
    </li>
  )
}

/**
 * Searching the newsroom in one language: the same full-text index and ranking as
 * GET /api/search, called in-process. A GET form, so it works without JavaScript.
 */
export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const query = await searchParams
  const page = pageNumber(query.page) ?? notFound()
  const result = await searchSite(locale, query.q, page)
  if (result.kind === 'found' && page > 1 && page > result.totalPages) notFound()
  return (
    <Shell
      locale={locale}
      languages={everyLanguage((code) =>
        sitePaths.search(code, { q: result.kind === 'found' ? result.q : undefined }),
      )}
      section="search"
      reader={await getReader()}
    >
      <h1>{t(locale, 'search.title')}</h1>
      <form className="search-form" action={sitePaths.search(locale)} role="search">
        <label htmlFor="search-q">{t(locale, 'search.label')}</label>
        <div>
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={result.kind === 'none' ? '' : result.q}
            minLength={2}
            maxLength={200}
            aria-describedby={result.kind === 'tooShort' ? 'search-q-error' : undefined}
            aria-invalid={result.kind === 'tooShort' ? true : undefined}
          />
          <button type="submit">{t(locale, 'search.submit')}</button>
        </div>
        {result.kind === 'tooShort' ? (
          <p className="field-error" id="search-q-error">
            {t(locale, 'search.tooShort')}
          </p>
        ) : null}
      </form>
      {result.kind === 'found' ? (
        <section aria-labelledby="search-results">
          <h2 id="search-results" role="status">
            {result.totalDocs
              ? t(locale, result.capped ? 'search.countCapped' : 'search.count', {
                  count: result.totalDocs,
                  q: result.q,
                })
              : t(locale, 'search.none', { q: result.q })}
          </h2>
          {result.totalDocs ? (
            <ul className="search-hits">
              {result.docs.map((hit) => (
                <Hit key={`${hit.collection}-${hit.id}`} hit={hit} locale={locale} />
              ))}
            </ul>
          ) : (
            <p>
              <a href={sitePaths.match(locale, { q: result.q })}>{t(locale, 'search.tryMatch')}</a>
            </p>
          )}
          <Pagination
            locale={locale}
            page={page}
            pages={result.totalPages}
            href={(at) => sitePaths.search(locale, { q: result.q, page: at })}
          />
        </section>
      ) : null}
    </Shell>
  )
}
