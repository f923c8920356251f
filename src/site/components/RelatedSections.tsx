import type { Locale } from '@/i18n/locales'
import type { Cluster, Contact } from '@/payload-types'
import { sitePaths } from '@/platform/sitePaths'

import { ContactCard } from './People'

/** Contacts under a heading of their own (a news item's contacts, an event's organisers). */
export function ContactsSection({
  id,
  heading,
  contacts,
  locale,
}: {
  id: string
  heading: string
  contacts: Contact[]
  locale: Locale
}) {
  if (!contacts.length) return null
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul className="people">
        {contacts.map((contact) => (
          <li key={contact.id}>
            <ContactCard contact={contact} locale={locale} />
          </li>
        ))}
      </ul>
    </section>
  )
}

/** The clusters a news item or an event belongs to, each linking to its page. */
export function ClusterLinks({
  heading,
  clusters,
  locale,
}: {
  heading: string
  clusters: Cluster[]
  locale: Locale
}) {
  if (!clusters.length) return null
  return (
    <section aria-labelledby="clusters-heading">
      <h2 id="clusters-heading">{heading}</h2>
      <ul className="tags">
        {clusters.map((cluster) => (
          <li key={cluster.id}>
            <a href={sitePaths.cluster(locale, cluster.slug)}>{cluster.name}</a>
          </li>
        ))}
      </ul>
    </section>
  )
}
