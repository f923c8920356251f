import type { Metadata } from 'next'

import type { Locale } from '@/i18n/locales'
import { sitePaths } from '@/platform/sitePaths'
import { Shell } from '@/site/components/Shell'
import { findEvents } from '@/site/events'
import { formatDateTime, t } from '@/site/i18n'
import { everyLanguage, pageMetadata } from '@/site/metadata'
import { localeOf, notFoundMetadata, pageLocale, type LocaleParams } from '@/site/params'
import { getReader } from '@/site/reader'

type Props = { params: LocaleParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  if (!locale) return notFoundMetadata()
  return pageMetadata(locale, {
    title: t(locale, 'events.title'),
    description: t(locale, 'events.description'),
    languages: everyLanguage(sitePaths.events),
    feeds: [
      {
        type: 'application/feed+json',
        path: sitePaths.eventsFeed(locale, 'json'),
        title: t(locale, 'events.jsonFeed'),
      },
      {
        type: 'text/calendar',
        path: sitePaths.eventsFeed(locale, 'ics'),
        title: t(locale, 'events.calendarFeed'),
      },
    ],
  })
}

type Listed = Awaited<ReturnType<typeof findEvents>>[number]

function EventList({ locale, events, past }: { locale: Locale; events: Listed[]; past?: boolean }) {
  return (
    <ul className="news-list">
      {events.map((event) => (
        <li key={event.id}>
          <article>
            <h3>
              <a href={sitePaths.event(locale, event.slug!)}>{event.title}</a>
            </h3>
            {event.cancelled ? (
              <p className="notice">
                <strong>{t(locale, 'events.cancelled')}</strong>
              </p>
            ) : null}
            <p className="meta">
              <time dateTime={event.startsAt}>{formatDateTime(locale, event.startsAt)}</time>
              {event.venue?.name ? <> · {event.venue.name}</> : null}
            </p>
            {event.lead ? <p>{event.lead}</p> : null}
            {past && event.recordingUrl ? (
              <p>
                <a href={event.recordingUrl}>{t(locale, 'events.recording')}</a>
              </p>
            ) : null}
          </article>
        </li>
      ))}
    </ul>
  )
}

/** Upcoming events, soonest first, then past ones with their recordings. */
export default async function EventsPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [upcoming, past] = await Promise.all([
    findEvents(locale, 'upcoming'),
    findEvents(locale, 'past'),
  ])
  return (
    <Shell
      locale={locale}
      languages={everyLanguage(sitePaths.events)}
      section="events"
      atSection
      reader={await getReader()}
    >
      <h1>{t(locale, 'events.title')}</h1>
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t(locale, 'events.upcoming')}</h2>
        {upcoming.length ? (
          <EventList locale={locale} events={upcoming} />
        ) : (
          <p>{t(locale, 'events.none')}</p>
        )}
      </section>
      {past.length ? (
        <section aria-labelledby="past-heading">
          <h2 id="past-heading">{t(locale, 'events.past')}</h2>
          <EventList locale={locale} events={past} past />
        </section>
      ) : null}
      <p>
        {t(locale, 'events.follow')}{' '}
        <a href={sitePaths.eventsFeed(locale, 'ics')} type="text/calendar">
          {t(locale, 'events.calendarFeed')}
        </a>
        {' · '}
        <a href={sitePaths.eventsFeed(locale, 'json')} type="application/feed+json">
          {t(locale, 'events.jsonFeed')}
        </a>
      </p>
    </Shell>
  )
}
