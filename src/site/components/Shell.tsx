import type { ReactNode } from 'react'

import { locales, type Locale } from '@/i18n/locales'
import { sitePaths } from '@/platform/sitePaths'
import { endonyms, t } from '@/site/i18n'
import type { Reader } from '@/site/reader'

export type Section =
  'news' | 'events' | 'clusters' | 'match' | 'experts' | 'join' | 'newsletter' | 'search'

type Props = {
  locale: Locale
  /** This page's path in each language it exists in, the current one included. */
  languages: Partial<Record<Locale, string>>
  section?: Section
  /** The page is the section's own first page (the menu marks it as the current page). */
  atSection?: boolean
  reader?: Reader
  children: ReactNode
}

type MenuSection = Exclude<Section, 'search'>

const sections: MenuSection[] = [
  'news',
  'events',
  'clusters',
  'match',
  'experts',
  'join',
  'newsletter',
]

const sectionPath = (locale: Locale, section: MenuSection) =>
  section === 'news' ? sitePaths.newsArchive(locale) : sitePaths[section](locale)

/** Skip link, header with the menus and the language switcher, the main landmark and footer. */
export function Shell({ locale, languages, section, atSection, reader, children }: Props) {
  return (
    <>
      <a className="skip-link" href="#main">
        {t(locale, 'site.skipToContent')}
      </a>
      <header className="site-header">
        {reader?.preview ? (
          <div className="preview-banner">
            <p>
              <strong>{t(locale, 'preview.banner')}</strong>{' '}
              {t(locale, 'preview.signedInAs', {
                name: reader.preview.name || reader.preview.email,
              })}
            </p>
            {/* A plain link: nothing prefetches it, so the cookie stays until it is followed. */}
            <a href={sitePaths.exitPreview(locale)}>{t(locale, 'preview.exit')}</a>
          </div>
        ) : null}
        <div className="site-header__bar">
          <a className="site-name" href={sitePaths.home(locale)}>
            Arctic Smartness
            <span className="site-name__sub">{t(locale, 'site.publisher')}</span>
          </a>
          <nav aria-label={t(locale, 'nav.languages')} className="language-switcher">
            <ul>
              {locales.map((code) => (
                <li key={code}>
                  {code === locale ? (
                    <span aria-current="true" lang={code}>
                      {endonyms[code]}
                    </span>
                  ) : (
                    <a href={languages[code] ?? sitePaths.home(code)} lang={code} hrefLang={code}>
                      {languages[code]
                        ? endonyms[code]
                        : `${endonyms[code]} – ${t(code, 'nav.frontPage')}`}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        </div>
        <div className="site-header__nav">
          <nav aria-label={t(locale, 'nav.main')} className="main-nav">
            <ul>
              {sections.map((key) => (
                <li key={key} className={key === 'join' ? 'main-nav__join' : undefined}>
                  <a
                    href={sectionPath(locale, key)}
                    aria-current={key === section ? (atSection ? 'page' : 'true') : undefined}
                  >
                    {t(locale, `nav.${key}`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {/* A plain GET form: searching needs no JavaScript. */}
          <form role="search" action={sitePaths.search(locale)} className="site-search">
            <label htmlFor="site-search-q" className="visually-hidden">
              {t(locale, 'search.label')}
            </label>
            <input id="site-search-q" name="q" type="search" required minLength={2} />
            <button type="submit">{t(locale, 'search.submit')}</button>
          </form>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t(locale, 'footer.about')}</p>
        <ul>
          <li>
            <a href={sitePaths.newsletter(locale)}>{t(locale, 'footer.newsletter')}</a>
          </li>
          <li>
            <a href={sitePaths.feed(locale)} type="application/rss+xml">
              {t(locale, 'footer.feed')}
            </a>
          </li>
          <li>
            <a href={sitePaths.eventsFeed(locale, 'json')} type="application/feed+json">
              {t(locale, 'footer.eventsFeed')}
            </a>
          </li>
          <li>
            <a href={sitePaths.accessibility(locale)}>{t(locale, 'footer.accessibility')}</a>
          </li>
          <li>
            <a href={sitePaths.privacy(locale)}>{t(locale, 'footer.privacy')}</a>
          </li>
        </ul>
      </footer>
    </>
  )
}
