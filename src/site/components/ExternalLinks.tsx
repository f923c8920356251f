import type { Locale } from '@/i18n/locales'
import type { News } from '@/payload-types'
import { isWebAddress } from '@/platform/links'
import { t } from '@/site/i18n'

/**
 * A news item's links to other sites. An address saved before links were checked that is not
 * an http(s) one (`javascript:` …) is shown as its label only, never as a link.
 */
export function ExternalLinks({ links, locale }: { links: News['externalLinks']; locale: Locale }) {
  if (!links?.length) return null
  return (
    <section aria-labelledby="links-heading">
      <h2 id="links-heading">{t(locale, 'news.links')}</h2>
      <ul>
        {links.map((link) => (
          <li key={link.id ?? link.url}>
            {isWebAddress(link.url) ? <a href={link.url}>{link.label}</a> : link.label}
          </li>
        ))}
      </ul>
    </section>
  )
}
