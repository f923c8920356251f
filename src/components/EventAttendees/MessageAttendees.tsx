'use client'
import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'

import { postAction, useAdminTranslation } from '@/components/useAdminTranslation'
import { messageableStatuses } from '@/events/mail/messageable'

import type { Attendee } from './counts'

type Status = (typeof messageableStatuses)[number]

const field = { display: 'block', width: '100%', minHeight: 44, fontSize: 16 } as const

type Props = { api: string; event: number | string; attendees: Attendee[] }

/**
 * An editor's message to the event's registrants, through the newsletter's queue
 * (POST /api/events/:id/message, with the editor's own access). The count in the last step is
 * the list's; the answer gives how many rows the server made.
 */
export function MessageAttendees({ api, event, attendees }: Props) {
  const { i18n, t } = useAdminTranslation()
  const [subject, setSubject] = useState('')
  const [body, setBody] = useState('')
  const [to, setTo] = useState<Status[]>(['confirmed', 'attended'])
  const [confirming, setConfirming] = useState(false)
  const [sending, setSending] = useState(false)
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string }>()

  const count = attendees.filter((attendee) => (to as string[]).includes(attendee.status)).length
  const ready = subject.trim() !== '' && body.trim() !== '' && count > 0
  const toggle = (status: Status, on: boolean) =>
    setTo((chosen) => (on ? [...chosen, status] : chosen.filter((other) => other !== status)))

  const send = async () => {
    setSending(true)
    const url = `${api}/events/${event}/message`
    const { ok, result, reason } = await postAction(url, i18n.language, {
      subject,
      body,
      statuses: to,
    })
    setSending(false)
    setConfirming(false)
    if (!ok) return setOutcome({ ok, text: t('newsroom:attendees.message.failed', { reason }) })
    setSubject('')
    setBody('')
    setOutcome({ ok, text: t('newsroom:attendees.message.queued', { count: result.recipients }) })
  }

  return (
    <section aria-labelledby="event-message-title" style={{ marginTop: 24, maxWidth: 640 }}>
      <h4 id="event-message-title">{t('newsroom:attendees.message.title')}</h4>
      <label style={{ display: 'block', marginBottom: 8 }}>
        {t('newsroom:attendees.message.subject')}
        <input
          type="text"
          maxLength={200}
          value={subject}
          onChange={(change) => setSubject(change.target.value)}
          // Enter here would save the event, the form this panel sits in.
          onKeyDown={(key) => key.key === 'Enter' && key.preventDefault()}
          style={field}
        />
      </label>
      <label style={{ display: 'block', marginBottom: 8 }}>
        {t('newsroom:attendees.message.body')}
        <textarea
          maxLength={10_000}
          rows={6}
          value={body}
          onChange={(change) => setBody(change.target.value)}
          style={field}
        />
      </label>
      <fieldset style={{ border: 0, padding: 0, margin: '0 0 8px' }}>
        <legend>{t('newsroom:attendees.message.statuses')}</legend>
        {messageableStatuses.map((status) => (
          <label key={status} style={{ display: 'inline-flex', gap: 6, marginRight: 16 }}>
            <input
              type="checkbox"
              checked={to.includes(status)}
              onChange={(change) => toggle(status, change.target.checked)}
            />
            {t(`newsroom:registrations.status.${status}`)}
          </label>
        ))}
      </fieldset>
      {confirming ? (
        <div role="group" aria-labelledby="event-message-confirm">
          <p id="event-message-confirm" style={{ fontWeight: 600 }}>
            {t('newsroom:attendees.message.confirm', { count })}
          </p>
          <Button disabled={sending} onClick={() => void send()}>
            {t('newsroom:attendees.message.yes')}
          </Button>
          <Button buttonStyle="secondary" onClick={() => setConfirming(false)}>
            {t('newsroom:attendees.message.no')}
          </Button>
        </div>
      ) : (
        <Button
          buttonStyle="secondary"
          disabled={!ready}
          onClick={() => {
            setOutcome(undefined)
            setConfirming(true)
          }}
        >
          {t('newsroom:attendees.message.send')}
        </Button>
      )}
      {outcome && <p role={outcome.ok ? 'status' : 'alert'}>{outcome.text}</p>}
    </section>
  )
}
