import type { Metadata } from 'next'

import { settings } from '@/platform/settings'
import { sitePaths } from '@/platform/sitePaths'
import { absoluteUrl } from '@/platform/urls'
import { Shell } from '@/site/components/Shell'
import { formatDate, t } from '@/site/i18n'
import { everyLanguage, pageMetadata } from '@/site/metadata'
import { localeOf, notFoundMetadata, pageLocale, type LocaleParams } from '@/site/params'
import { getReader } from '@/site/reader'

type Props = { params: LocaleParams }

/** When the statement was written and last reviewed; change it with each review. */
const statementDate = '2026-12-02'

/**
 * Traficom has supervised the accessibility of public bodies' sites since 1 January 2025
 * (HE 71/2024, moved from the Regional State Administrative Agency for Southern Finland); its
 * guidance site has a domain per language.
 */
const supervisor = {
  website: {
    fi: 'https://www.saavutettavuusvaatimukset.fi',
    sv: 'https://www.tillganglighetskrav.fi',
    en: 'https://www.webaccessibility.fi',
  },
  phone: '+358 29 534 5000',
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  if (!locale) return notFoundMetadata()
  return pageMetadata(locale, {
    title: t(locale, 'a11y.title'),
    description: t(locale, 'a11y.intro', { site: absoluteUrl(sitePaths.home(locale)) }),
    languages: everyLanguage(sitePaths.accessibility),
  })
}

/**
 * The accessibility statement Finnish law requires of the council's sites (Act on the
 * Provision of Digital Services 306/2019, section 10): how accessible the site is, what is
 * not, how that was assessed, the feedback channel, and the supervisory authority.
 */
export default async function AccessibilityPage({ params }: Props) {
  const locale = await pageLocale(params)
  const feedback = settings.accessibilityFeedbackEmail
  const date = formatDate(locale, `${statementDate}T12:00:00Z`)
  return (
    <Shell
      locale={locale}
      languages={everyLanguage(sitePaths.accessibility)}
      reader={await getReader()}
    >
      <article className="statement">
        <h1>{t(locale, 'a11y.title')}</h1>
        <p className="lead">
          {t(locale, 'a11y.intro', { site: absoluteUrl(sitePaths.home(locale)) })}
        </p>
        <h2>{t(locale, 'a11y.status.heading')}</h2>
        <p>{t(locale, 'a11y.status.text')}</p>
        <h2>{t(locale, 'a11y.gaps.heading')}</h2>
        <ul>
          <li>{t(locale, 'a11y.gaps.untranslated')}</li>
          <li>{t(locale, 'a11y.gaps.images')}</li>
          <li>{t(locale, 'a11y.gaps.external')}</li>
        </ul>
        <h2>{t(locale, 'a11y.assessed.heading')}</h2>
        <p>{t(locale, 'a11y.assessed.text')}</p>
        <p>{t(locale, 'a11y.date', { date })}</p>
        <h2 id="feedback">{t(locale, 'a11y.feedback.heading')}</h2>
        <p>{t(locale, 'a11y.feedback.text')}</p>
        <dl className="facts">
          <dt>{t(locale, 'person.email')}</dt>
          <dd>
            <a href={`mailto:${feedback}?subject=${encodeURIComponent(t(locale, 'a11y.title'))}`}>
              {feedback}
            </a>
          </dd>
        </dl>
        <h2>{t(locale, 'a11y.supervisor.heading')}</h2>
        <p>{t(locale, 'a11y.supervisor.text')}</p>
        <h3>{t(locale, 'a11y.supervisor.contact')}</h3>
        <p>{t(locale, 'a11y.supervisor.name')}</p>
        <dl className="facts">
          <dt>{t(locale, 'a11y.supervisor.websiteLabel')}</dt>
          <dd>
            <a href={supervisor.website[locale]}>{t(locale, 'a11y.supervisor.link')}</a>
          </dd>
          <dt>{t(locale, 'a11y.supervisor.phoneLabel')}</dt>
          <dd>
            <a href={`tel:${supervisor.phone.replaceAll(' ', '')}`}>{supervisor.phone}</a>
          </dd>
        </dl>
      </article>
    </Shell>
  )
}
