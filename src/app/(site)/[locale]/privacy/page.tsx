import type { Metadata } from 'next'

import { settings } from '@/platform/settings'
import { privacyNoticeKinds, sitePaths } from '@/platform/sitePaths'
import { Shell } from '@/site/components/Shell'
import { t } from '@/site/i18n'
import { everyLanguage, pageMetadata } from '@/site/metadata'
import { localeOf, notFoundMetadata, pageLocale, type LocaleParams } from '@/site/params'
import { getReader } from '@/site/reader'

type Props = { params: LocaleParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  if (!locale) return notFoundMetadata()
  return pageMetadata(locale, {
    title: t(locale, 'privacy.title'),
    description: t(locale, 'privacy.intro'),
    languages: everyLanguage((code) => sitePaths.privacy(code)),
  })
}

/** The privacy notices, one per kind of person whose data the site keeps, and whom to ask. */
export default async function PrivacyPage({ params }: Props) {
  const locale = await pageLocale(params)
  const email = settings.privacy.contactEmail
  return (
    <Shell
      locale={locale}
      languages={everyLanguage((code) => sitePaths.privacy(code))}
      reader={await getReader()}
    >
      <article className="statement">
        <h1>{t(locale, 'privacy.title')}</h1>
        <p className="lead">{t(locale, 'privacy.intro')}</p>
        <ul>
          {privacyNoticeKinds.map((kind) => (
            <li key={kind}>
              <a href={sitePaths.privacy(locale, kind)}>
                {t(locale, 'privacy.noticeTitle', { kind: t(locale, `privacy.kind.${kind}`) })}
              </a>
            </li>
          ))}
        </ul>
        <h2>{t(locale, 'privacy.controller.heading')}</h2>
        <p>{t(locale, 'privacy.controller.name')}</p>
        <dl className="facts">
          <dt>{t(locale, 'privacy.controller.address')}</dt>
          <dd>{settings.smtp.postalAddress}</dd>
          <dt>{t(locale, 'privacy.controller.email')}</dt>
          <dd>
            <a href={`mailto:${email}`}>{email}</a>
          </dd>
        </dl>
        <p>{t(locale, 'privacy.controller.dpo')}</p>
      </article>
    </Shell>
  )
}
