import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { registrationOpen } from '@/events/register'
import { translate } from '@/i18n'
import { isLocale, locales, type Locale } from '@/i18n/locales'
import type { Cluster, Contact, Event, Expert } from '@/payload-types'
import { sitePaths } from '@/platform/sitePaths'
import { absoluteUrl } from '@/platform/urls'
import { Body } from '@/site/components/Body'
import { populated } from '@/site/components/People'
import { RegisterForm } from '@/site/components/RegisterForm'
import { ClusterLinks, ContactsSection } from '@/site/components/RelatedSections'
import { Shell } from '@/site/components/Shell'
import { findEventBySlug, hasEnded, seatsLeft } from '@/site/events'
import { endonyms, formatDateTime, formatTime, languageName, t } from '@/site/i18n'
import { pageMetadata } from '@/site/metadata'
import { notFoundMetadata, type SlugParams } from '@/site/params'
import { privacyNoticeLink } from '@/site/privacyNotice'
import { getReader } from '@/site/reader'
import { registerAction } from '@/site/registerAction'

type Props = { params: SlugParams }

async function eventOf(params: SlugParams): Promise<{ locale?: Locale; event?: Event }> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  return { locale, event: await findEventBySlug(locale, slug) }
}

/** The event's page in each language it is published in. */
const languagesOf = (event: Event): Partial<Record<Locale, string>> =>
  Object.fromEntries(
    (event.alternates ?? []).map(({ locale, slug }) => [locale, sitePaths.event(locale, slug)]),
  )

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, event } = await eventOf(params)
  if (!locale || !event) return notFoundMetadata(locale)
  return pageMetadata(locale, {
    title: event.title,
    description: event.lead,
    languages: languagesOf(event),
  })
}

const attendanceMode = {
  onSite: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const

/** schema.org's Event, for search engines; `<` escaped so no text can close the script. */
function jsonLd(locale: Locale, event: Event, organisers: Contact[], speakers: Expert[]) {
  const places = [
    ...(event.format !== 'online' && event.venue?.name
      ? [{ '@type': 'Place', name: event.venue.name, address: event.venue.address ?? undefined }]
      : []),
    ...(event.format !== 'onSite' && event.onlineUrl
      ? [{ '@type': 'VirtualLocation', url: event.onlineUrl }]
      : []),
  ]
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.lead ?? undefined,
    startDate: event.startsAt,
    endDate: event.endsAt,
    eventStatus: `https://schema.org/${event.cancelled ? 'EventCancelled' : 'EventScheduled'}`,
    eventAttendanceMode: attendanceMode[event.format],
    location: places.length === 1 ? places[0] : places,
    inLanguage: event.languages?.length ? event.languages : [locale],
    url: absoluteUrl(sitePaths.event(locale, event.slug!)),
    organizer: organisers.map((contact) => ({ '@type': 'Organization', name: contact.name })),
    performer: speakers.map((expert) => ({ '@type': 'Person', name: expert.name })),
    ...(event.recordingUrl && { recordedIn: { '@type': 'CreativeWork', url: event.recordingUrl } }),
  }
  return JSON.stringify(data).replace(/</g, '\\u003c')
}

function Speakers({ locale, experts }: { locale: Locale; experts: Expert[] }) {
  return (
    <ul className="tags">
      {experts.map((expert) => (
        <li key={expert.id}>
          <a href={`${sitePaths.experts(locale)}#expert-${expert.slug}`}>{expert.name}</a>
        </li>
      ))}
    </ul>
  )
}

function Registration({
  locale,
  event,
  seats,
}: {
  locale: Locale
  event: Event
  seats: number | null
}) {
  if (!registrationOpen(event)) return <p>{t(locale, 'events.closed')}</p>
  const texts = {
    name: t(locale, 'events.register.name'),
    email: t(locale, 'events.register.email'),
    organisation: t(locale, 'events.register.organisation'),
    language: t(locale, 'events.register.language'),
    consent: t(locale, 'events.register.consent'),
    consentText: translate(locale, 'consent.register.text'),
    required: t(locale, 'events.register.required'),
    submit: t(locale, 'events.register.submit'),
    errorSummary: t(locale, 'events.register.errorSummary'),
    doneTitle: t(locale, 'events.register.doneTitle'),
  }
  return (
    <>
      {seats === null ? null : seats > 0 ? (
        <p>{t(locale, 'events.seatsLeft', { count: seats })}</p>
      ) : (
        <p>{t(locale, 'events.full')}</p>
      )}
      <RegisterForm
        action={registerAction.bind(null, event.id, locale)}
        permalink={sitePaths.event(locale, event.slug!)}
        locale={locale}
        texts={texts}
        languages={locales.map((code) => ({ code, name: endonyms[code] }))}
        privacyNotice={privacyNoticeLink(locale, 'registrants')}
      />
    </>
  )
}

/** One event: when and where, the programme and its speakers, registration, the recording after. */
export default async function EventPage({ params }: Props) {
  const { locale, event } = await eventOf(params)
  if (!locale || !event) notFound()
  const reader = await getReader()
  const organisers = populated<Contact>(event.organisers)
  const speakers = populated<Expert>(event.speakers)
  const clusters = populated<Cluster>(event.clusters)
  const past = hasEnded(event)
  // A cancelled event takes no registrations and has no seats to count.
  const open = !past && !event.cancelled
  const seats = open ? await seatsLeft(event) : null
  return (
    <Shell locale={locale} languages={languagesOf(event)} section="events" reader={reader}>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLd(locale, event, organisers, speakers) }}
      />
      <article className="news-item">
        <header>
          <h1>{event.title}</h1>
          {event.cancelled ? (
            <p className="notice" role="status">
              <strong>{t(locale, 'events.cancelled')}</strong>
            </p>
          ) : null}
          {event.lead ? <p className="lead">{event.lead}</p> : null}
        </header>
        <dl className="reach">
          <dt>{t(locale, 'events.when')}</dt>
          <dd>
            <time dateTime={event.startsAt}>{formatDateTime(locale, event.startsAt)}</time> –{' '}
            <time dateTime={event.endsAt}>{formatDateTime(locale, event.endsAt)}</time>
          </dd>
          <dt>{t(locale, 'events.where')}</dt>
          <dd>
            {[event.venue?.name, event.venue?.address].filter(Boolean).join(', ')}
            {event.venue?.mapUrl ? (
              <>
                {' '}
                (<a href={event.venue.mapUrl}>{t(locale, 'events.map')}</a>)
              </>
            ) : null}
            {event.format !== 'onSite' ? (
              <>
                {event.venue?.name ? ' · ' : null}
                {event.onlineUrl ? (
                  <a href={event.onlineUrl}>{t(locale, 'events.online')}</a>
                ) : (
                  t(locale, 'events.online')
                )}
              </>
            ) : null}
          </dd>
          {event.languages?.length ? (
            <>
              <dt>{t(locale, 'events.languages')}</dt>
              <dd>{event.languages.map((code) => languageName(locale, code)).join(', ')}</dd>
            </>
          ) : null}
        </dl>
        <p>
          <a href={sitePaths.eventCalendar(locale, event.slug!)} type="text/calendar">
            {t(locale, 'events.addToCalendar')}
          </a>
        </p>
        {event.recordingUrl ? (
          <p>
            <a className="button-link" href={event.recordingUrl}>
              {t(locale, 'events.recording')}
            </a>
          </p>
        ) : null}
        {event.summary ? <p>{event.summary}</p> : null}
        <Body data={event.body} locale={locale} />
        {event.programme?.length ? (
          <section aria-labelledby="programme-heading">
            <h2 id="programme-heading">{t(locale, 'events.programme')}</h2>
            <ol className="programme">
              {event.programme.map((session) => (
                <li key={session.id}>
                  <p>
                    <time dateTime={session.startsAt}>{formatTime(locale, session.startsAt)}</time>{' '}
                    <strong>{session.title}</strong>
                  </p>
                  {session.description ? <p>{session.description}</p> : null}
                  {populated<Expert>(session.speakers).length ? (
                    <Speakers locale={locale} experts={populated<Expert>(session.speakers)} />
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
        ) : null}
        {speakers.length ? (
          <section aria-labelledby="speakers-heading">
            <h2 id="speakers-heading">{t(locale, 'events.speakers')}</h2>
            <Speakers locale={locale} experts={speakers} />
          </section>
        ) : null}
        {event.materials?.length ? (
          <section aria-labelledby="materials-heading">
            <h2 id="materials-heading">{t(locale, 'events.materials')}</h2>
            <ul>
              {event.materials.map((material) =>
                material.url ? (
                  <li key={material.id}>
                    <a href={material.url}>{material.label}</a>
                  </li>
                ) : null,
              )}
            </ul>
          </section>
        ) : null}
        <ContactsSection
          id="organisers-heading"
          heading={t(locale, 'events.organisers')}
          contacts={organisers}
          locale={locale}
        />
        <ClusterLinks heading={t(locale, 'news.clusters')} clusters={clusters} locale={locale} />
      </article>
      {open ? (
        <section className="join-cta" aria-labelledby="register-heading">
          <h2 id="register-heading">{t(locale, 'events.register.heading')}</h2>
          <Registration locale={locale} event={event} seats={seats} />
        </section>
      ) : null}
    </Shell>
  )
}
