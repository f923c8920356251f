import { translate } from '@/i18n'
import { locales, type Locale } from '@/i18n/locales'
import { sitePaths } from '@/platform/sitePaths'
import { findClusters, isTranslated } from '@/site/content'
import { languageName, t } from '@/site/i18n'
import { privacyNoticeLink } from '@/site/privacyNotice'
import { subscribeAction } from '@/site/subscribeAction'

import { SubscribeForm } from './SubscribeForm'

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

type Props = { locale: Locale; checked?: string[]; headingLevel?: 2 | 3 }

/** The subscribe form with the clusters and texts of the page's language. */
export async function Subscribe({ locale, checked, headingLevel }: Props) {
  const clusters = await findClusters(locale)
  return (
    <SubscribeForm
      action={subscribeAction.bind(null, locale)}
      permalink={sitePaths.newsletter(locale)}
      locale={locale}
      checked={checked}
      headingLevel={headingLevel}
      privacyNotice={privacyNoticeLink(locale, 'subscribers')}
      languages={locales.map((code) => ({ code, name: capitalized(languageName(locale, code)) }))}
      clusters={clusters.map((cluster) => ({
        slug: cluster.slug,
        name: cluster.name,
        lang: isTranslated(cluster, locale) ? undefined : 'fi',
      }))}
      texts={{
        email: t(locale, 'newsletter.email'),
        required: t(locale, 'newsletter.required'),
        language: t(locale, 'newsletter.language'),
        clusters: t(locale, 'newsletter.clusters'),
        clustersHelp: t(locale, 'newsletter.clusters.help'),
        consent: t(locale, 'newsletter.consent'),
        // The wording stored as proof of consent (src/newsletter/subscriptions.ts).
        consentText: translate(locale, 'consent.text'),
        submit: t(locale, 'newsletter.submit'),
        errorSummary: t(locale, 'newsletter.errorSummary'),
        doneTitle: t(locale, 'newsletter.doneTitle'),
        doneNext: t(locale, 'newsletter.doneNext'),
      }}
    />
  )
}
