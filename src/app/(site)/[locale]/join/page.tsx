import type { Metadata } from 'next'

import { translate } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import { honeypotField } from '@/join/joinInput'
import { municipalities } from '@/lapland/municipalities'
import { sitePaths } from '@/platform/sitePaths'
import { JoinForm, type JoinTexts } from '@/site/components/JoinForm'
import { Shell } from '@/site/components/Shell'
import { findClusters, isTranslated } from '@/site/content'
import { t } from '@/site/i18n'
import { joinAction } from '@/site/joinAction'
import { everyLanguage, pageMetadata } from '@/site/metadata'
import {
  localeOf,
  notFoundMetadata,
  pageLocale,
  single,
  type LocaleParams,
  type SearchParams,
} from '@/site/params'
import { privacyNoticeLink } from '@/site/privacyNotice'
import { getReader } from '@/site/reader'

type Props = { params: LocaleParams; searchParams: SearchParams }

const joinPath = (locale: Locale) => sitePaths.join(locale)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  if (!locale) return notFoundMetadata()
  return pageMetadata(locale, {
    title: t(locale, 'join.title'),
    description: t(locale, 'join.intro'),
    languages: everyLanguage(joinPath),
  })
}

const texts = (locale: Locale): JoinTexts => ({
  title: t(locale, 'join.title'),
  intro: t(locale, 'join.intro'),
  company: t(locale, 'join.company'),
  companyName: t(locale, 'join.companyName'),
  businessId: t(locale, 'join.businessId'),
  businessIdHelp: t(locale, 'join.businessId.help'),
  municipality: t(locale, 'join.municipality'),
  municipalityChoose: t(locale, 'join.municipality.choose'),
  industry: t(locale, 'join.industry'),
  industryHelp: t(locale, 'join.industry.help'),
  clusters: t(locale, 'join.clusters'),
  clustersHelp: t(locale, 'join.clusters.help'),
  helpChoosing: t(locale, 'join.helpChoosing'),
  helpChoosingDescription: t(locale, 'join.helpChoosing.description'),
  helpChoose: t(locale, 'join.helpChoose'),
  need: t(locale, 'join.need'),
  needHelp: t(locale, 'join.need.help'),
  contact: t(locale, 'join.contact'),
  contactName: t(locale, 'join.contactName'),
  email: t(locale, 'join.email'),
  phone: t(locale, 'join.phone'),
  phoneHelp: t(locale, 'join.phone.help'),
  consent: t(locale, 'join.consent'),
  // The wording stored with the request as its proof of consent (src/join/createJoinRequest.ts).
  consentText: translate(locale, 'join.consent.text'),
  required: t(locale, 'join.required'),
  honeypot: t(locale, 'join.honeypot'),
  submit: t(locale, 'join.submit'),
  doneTitle: t(locale, 'join.doneTitle'),
  doneNext: t(locale, 'join.doneNext'),
  doneLink: t(locale, 'join.doneLink'),
})

/**
 * A company asks to join clusters: `?cluster=<slug>` (once or more) ticks clusters,
 * `?news=<id>` records the news item the reader came from. The form posts here without
 * JavaScript, so this page also shows the answer.
 */
export default async function JoinPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const query = await searchParams
  const clusters = await findClusters(locale)
  const wanted = [query.cluster ?? []].flat()
  const news = single(query.news) ?? ''
  const collator = new Intl.Collator(locale === 'sv' ? 'sv' : 'fi')
  return (
    <Shell
      locale={locale}
      languages={everyLanguage(joinPath)}
      section="join"
      atSection={!query.cluster && !query.news}
      reader={await getReader()}
    >
      <JoinForm
        action={joinAction.bind(null, locale)}
        permalink={joinPath(locale)}
        texts={texts(locale)}
        clusters={clusters.map((cluster) => ({
          slug: cluster.slug,
          name: cluster.name,
          description: cluster.shortDescription,
          lang: isTranslated(cluster, locale) ? undefined : 'fi',
        }))}
        helpChooseHref={sitePaths.match(locale)}
        privacyNotice={privacyNoticeLink(locale, 'companies')}
        municipalities={municipalities
          .map((m) => ({ code: m.code, name: locale === 'sv' ? m.sv : m.fi }))
          .sort((a, b) => collator.compare(a.name, b.name))}
        checked={clusters.map((c) => c.slug).filter((slug) => wanted.includes(slug))}
        news={/^[1-9]\d{0,9}$/.test(news) ? news : ''}
        doneHref={sitePaths.clusters(locale)}
        honeypot={honeypotField}
      />
    </Shell>
  )
}
