import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Fragment } from 'react'

import { privacyNoticeKinds, sitePaths, type PrivacyNoticeKind } from '@/platform/sitePaths'
import { Shell } from '@/site/components/Shell'
import { formatDate, t } from '@/site/i18n'
import { everyLanguage, pageMetadata } from '@/site/metadata'
import { localeOf, notFoundMetadata, pageLocale } from '@/site/params'
import { noticeContext, noticeDate, privacyNotice, type NoticeSection } from '@/site/privacyNotice'
import { getReader } from '@/site/reader'

type Props = { params: Promise<{ locale: string; kind: string }> }

const isKind = (kind: string): kind is PrivacyNoticeKind =>
  (privacyNoticeKinds as readonly string[]).includes(kind)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const { kind } = await params
  if (!locale || !isKind(kind)) return notFoundMetadata(locale)
  const notice = privacyNotice(locale, kind, noticeContext())
  return pageMetadata(locale, {
    title: notice.title,
    description: notice.lead,
    languages: everyLanguage((code) => sitePaths.privacy(code, kind)),
  })
}

function Section({ section }: { section: NoticeSection }) {
  return (
    <section aria-labelledby={`privacy-${section.id}`}>
      <h2 id={`privacy-${section.id}`}>{section.heading}</h2>
      {section.paragraphs.map((text) => (
        <p key={text}>{text}</p>
      ))}
      {section.listIntro ? <p>{section.listIntro}</p> : null}
      {section.items ? (
        <ul>
          {section.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : null}
      {section.facts ? (
        <dl className="facts">
          {section.facts.map((fact) => (
            <Fragment key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>{fact.href ? <a href={fact.href}>{fact.text}</a> : fact.text}</dd>
            </Fragment>
          ))}
        </dl>
      ) : null}
    </section>
  )
}

/** A privacy notice (tietosuojaseloste, dataskyddsbeskrivning) for one kind of person. */
export default async function PrivacyNoticePage({ params }: Props) {
  const locale = await pageLocale(params)
  const { kind } = await params
  if (!isKind(kind)) notFound()
  const notice = privacyNotice(locale, kind, noticeContext())
  return (
    <Shell
      locale={locale}
      languages={everyLanguage((code) => sitePaths.privacy(code, kind))}
      reader={await getReader()}
    >
      <article className="statement">
        <h1>{notice.title}</h1>
        <p className="lead">{notice.lead}</p>
        {notice.sections.map((section) => (
          <Section key={section.id} section={section} />
        ))}
        <p>
          {t(locale, 'privacy.updated', { date: formatDate(locale, `${noticeDate}T12:00:00Z`) })}
        </p>
      </article>
    </Shell>
  )
}
