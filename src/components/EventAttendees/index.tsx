'use client'
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { postAction, useAdminTranslation } from '@/components/useAdminTranslation'

import { AttendeeRow } from './AttendeeRow'
import { seatCounts, type Attendee } from './counts'
import { MessageAttendees } from './MessageAttendees'
import { SeatCount } from './SeatCount'

const fields = ['name', 'email', 'organisation', 'status', 'locale']

/** The event's registrations as the signed-in user may read them (the API decides). */
async function attendeesOf(api: string, event: number | string): Promise<Attendee[] | undefined> {
  const query = new URLSearchParams({
    'where[event][equals]': String(event),
    depth: '0',
    pagination: 'false',
    sort: 'name',
  })
  for (const field of fields) query.set(`select[${field}]`, 'true')
  const response = await fetch(`${api}/registrations?${query}`, { credentials: 'include' })
  return response.ok ? ((await response.json()) as { docs: Attendee[] }).docs : undefined
}

const matches = (attendee: Attendee, search: string) =>
  [attendee.name, attendee.email, attendee.organisation ?? ''].some((text) =>
    text.toLocaleLowerCase().includes(search),
  )

/**
 * The attendee list of the event being edited: the seat count, each registration with its
 * status, check-in at the door (a phone will do) and a message to them. Saves go through the
 * registrations API, so its access rules and the seat check of collections/Registrations decide.
 */
export function EventAttendees() {
  const { id, savedDocumentData, lastUpdateTime } = useDocumentInfo()
  const { i18n, t } = useAdminTranslation()
  const { routes } = useConfig().config
  const [attendees, setAttendees] = useState<Attendee[] | 'failed'>()
  const [search, setSearch] = useState('')
  const [busy, setBusy] = useState<number>()
  const [notice, setNotice] = useState('')

  useEffect(() => {
    let current = true
    if (id) {
      void attendeesOf(routes.api, id).then((list) => current && setAttendees(list ?? 'failed'))
    }
    return () => {
      current = false
    }
    // After each save of the event, the list is read again.
  }, [id, routes.api, lastUpdateTime])

  const changeStatus = async (attendee: Attendee, status: 'attended' | 'confirmed') => {
    setBusy(attendee.id)
    setNotice('')
    const url = `${routes.api}/registrations/${attendee.id}`
    const { ok, reason } = await postAction(url, i18n.language, { status }, 'PATCH')
    if (!ok) setNotice(t('newsroom:attendees.failed', { reason }))
    setAttendees((await attendeesOf(routes.api, id!)) ?? 'failed')
    setBusy(undefined)
  }

  if (!id) return <p>{t('newsroom:attendees.saveFirst')}</p>
  const capacity = (savedDocumentData?.capacity as number | null | undefined) ?? null
  const list = Array.isArray(attendees) ? attendees : []
  const shown = list.filter((attendee) => matches(attendee, search.toLocaleLowerCase()))
  return (
    <section className="event-attendees" aria-labelledby="event-attendees-title">
      <h3 id="event-attendees-title">{t('newsroom:attendees.title')}</h3>
      <SeatCount counts={seatCounts(list, capacity)} />
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 8 }}>
        <Button
          el="anchor"
          url={`${routes.api}/events/${id}/attendees.csv`}
          buttonStyle="secondary"
          margin={false}
        >
          {t('newsroom:attendees.export')}
        </Button>
        <Button
          el="anchor"
          url={`${routes.admin}/collections/registrations?where[or][0][and][0][event][equals]=${id}`}
          buttonStyle="secondary"
          margin={false}
        >
          {t('newsroom:attendees.openList')}
        </Button>
      </div>
      {notice && <p role="alert">{notice}</p>}
      {attendees === 'failed' && <p role="alert">{t('newsroom:attendees.loadFailed')}</p>}
      {list.length > 0 && (
        <label style={{ display: 'block', maxWidth: 480 }}>
          {t('newsroom:attendees.filter')}
          <input
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            style={{ display: 'block', width: '100%', minHeight: 44, fontSize: 16 }}
          />
        </label>
      )}
      {Array.isArray(attendees) && !list.length && <p>{t('newsroom:attendees.none')}</p>}
      {list.length > 0 && !shown.length && <p>{t('newsroom:attendees.noneFound')}</p>}
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {shown.map((attendee) => (
          <AttendeeRow
            key={attendee.id}
            attendee={attendee}
            busy={busy === attendee.id}
            onStatus={changeStatus}
          />
        ))}
      </ul>
      {list.length > 0 && <MessageAttendees api={routes.api} event={id} attendees={list} />}
    </section>
  )
}
