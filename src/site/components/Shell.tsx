import type { ReactNode } from 'react'

import { locales, type Locale } from '@/i18n/locales'
import { sitePaths } from '@/platform/sitePaths'
import { endonyms, t } from '@/site/i18n'
import type { Reader } from '@/site/reader'

export type Section = 'news' | 'clusters' | 'experts' | 'newsletter'

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

const sections: {
  key: Section
  label: 'nav.news' | 'nav.clusters' | 'nav.experts' | 'nav.newsletter'
}[] = [
  { key: 'news', label: 'nav.news' },
  { key: 'clusters', label: 'nav.clusters' },
  { key: 'experts', label: 'nav.experts' },
  { key: 'newsletter', label: 'nav.newsletter' },
]

const sectionPath = (locale: Locale, section: Section) =>
  section === 'news' ? sitePaths.home(locale) : sitePaths[section](locale)

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
        <nav aria-label={t(locale, 'nav.main')} className="main-nav">
          <ul>
            {sections.map(({ key, label }) => (
              <li key={key}>
                <a
                  href={sectionPath(locale, key)}
                  aria-current={key === section ? (atSection ? 'page' : 'true') : undefined}
                >
                  {t(locale, label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
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
        </ul>
      </footer>
    </>
  )
}
