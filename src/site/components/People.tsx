import type { Locale } from '@/i18n/locales'
import type { Contact, Expert } from '@/payload-types'
import { languageName, t } from '@/site/i18n'

type Level = 2 | 3 | 4

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`

function Reach({
  locale,
  email,
  phone,
}: {
  locale: Locale
  email?: string | null
  phone?: string | null
}) {
  if (!email && !phone) return null
  return (
    <dl className="reach">
      {email ? (
        <>
          <dt>{t(locale, 'person.email')}</dt>
          <dd>
            <a href={`mailto:${email}`}>{email}</a>
          </dd>
        </>
      ) : null}
      {phone ? (
        <>
          <dt>{t(locale, 'person.phone')}</dt>
          <dd>
            <a href={telHref(phone)}>{phone}</a>
          </dd>
        </>
      ) : null}
    </dl>
  )
}

/** An expert: who they are, what to ask them about, and how to reach them. */
export function ExpertCard({
  expert,
  locale,
  level = 3,
  lang,
  full = false,
}: {
  expert: Expert
  locale: Locale
  level?: Level
  /** The language of the texts, where it is not the page's. */
  lang?: string
  /** With areas of expertise, languages and bio. */
  full?: boolean
}) {
  const Heading = `h${level}` as const
  return (
    <div className="person">
      <Heading>{expert.name}</Heading>
      {expert.title || expert.organisation ? (
        <p className="person__role">
          <span lang={lang}>{expert.title}</span>
          {expert.title && expert.organisation ? ', ' : null}
          {expert.organisation}
        </p>
      ) : null}
      {full && expert.expertiseAreas?.length ? (
        <p>
          <span className="label">{t(locale, 'person.expertise')}:</span>{' '}
          <span lang={lang}>{expert.expertiseAreas.join(', ')}</span>
        </p>
      ) : null}
      {full && expert.languages?.length ? (
        <p>
          <span className="label">{t(locale, 'person.languages')}:</span>{' '}
          {expert.languages.map((code) => languageName(locale, code)).join(', ')}
        </p>
      ) : null}
      {full && expert.bio ? <p lang={lang}>{expert.bio}</p> : null}
      <Reach locale={locale} email={expert.email} phone={expert.phone} />
    </div>
  )
}

/** A contact point under an item or a cluster: a person or an office. */
export function ContactCard({
  contact,
  locale,
  level = 3,
}: {
  contact: Contact
  locale: Locale
  level?: Level
}) {
  const Heading = `h${level}` as const
  return (
    <div className="person">
      <Heading>{contact.name}</Heading>
      {contact.role || contact.organisation ? (
        <p className="person__role">
          {contact.role}
          {contact.role && contact.organisation ? ', ' : null}
          {contact.organisation}
        </p>
      ) : null}
      <Reach locale={locale} email={contact.email} phone={contact.phone} />
    </div>
  )
}

/** Related documents that were populated (an id alone means the reader may not see it). */
export const populated = <T extends object>(items: (number | T)[] | null | undefined): T[] =>
  (items ?? []).filter((item): item is T => typeof item === 'object' && item !== null)
