import { translate } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import type { Registration } from '@/payload-types'
import { toCsv } from '@/reports/csv'

import { eventTimeZone } from './calendar'

// Swedish writes a date and time as ISO 8601 does (2026-12-02 17:50), which spreadsheets read.
const finnishTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: eventTimeZone,
  dateStyle: 'short',
  timeStyle: 'short',
})

const timeOf = (value: string | null | undefined) =>
  value ? finnishTime.format(new Date(value)) : ''

/** The registrant's answers, one `question: answer` a line. */
const answersOf = (answers: Registration['answers']) =>
  answers && typeof answers === 'object' && !Array.isArray(answers)
    ? Object.entries(answers)
        .map(([question, answer]) => `${question}: ${String(answer)}`)
        .join('\n')
    : ''

/**
 * One event's attendees as a spreadsheet, its headings and statuses in the reader's language,
 * its times in Finnish time. The cells are escaped by `toCsv`, hostile names included.
 */
export function attendeesCsv(registrations: Registration[], language: Locale): string {
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key)
  const header = [
    t('field.name'),
    t('field.email'),
    t('field.organisation'),
    t('registrations.status'),
    t('subscribers.locale'),
    t('attendees.registeredAt'),
    t('attendees.confirmedAt'),
    t('registrations.answers'),
  ]
  const rows = registrations.map((registration) => [
    registration.name,
    registration.email,
    registration.organisation,
    t(`registrations.status.${registration.status}`),
    t(`language.${registration.locale}`),
    timeOf(registration.createdAt),
    timeOf(registration.consent?.confirmedAt),
    answersOf(registration.answers),
  ])
  return toCsv(header, rows)
}
