'use client'
import { Button } from '@payloadcms/ui'
import React from 'react'

import { useAdminTranslation } from '@/components/useAdminTranslation'

import type { Attendee } from './counts'

type Props = {
  attendee: Attendee
  busy: boolean
  onStatus: (attendee: Attendee, status: 'attended' | 'confirmed') => void
}

const row = {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: '4px 16px',
  padding: '10px 0',
  borderBottom: '1px solid var(--theme-elevation-150)',
} as const

/** One registrant: who, their status, and the check-in (or its undoing) a thumb can press. */
export function AttendeeRow({ attendee, busy, onStatus }: Props) {
  const { t } = useAdminTranslation()
  const { name, email, organisation, status } = attendee
  const canCheckIn = status === 'confirmed' || status === 'waitlisted'
  return (
    <li style={row} data-status={status}>
      <div style={{ flex: '1 1 220px', minWidth: 0 }}>
        <strong>{name}</strong>
        {organisation && <span> · {organisation}</span>}
        <div style={{ overflowWrap: 'anywhere', color: 'var(--theme-elevation-600)' }}>{email}</div>
      </div>
      <span className="event-attendees__status" style={{ flex: '0 0 auto', fontWeight: 600 }}>
        {t(`newsroom:registrations.status.${status}`)}
      </span>
      {canCheckIn && (
        <Button
          size="large"
          margin={false}
          disabled={busy}
          aria-label={t('newsroom:attendees.checkIn.of', { name })}
          onClick={() => onStatus(attendee, 'attended')}
        >
          {t('newsroom:attendees.checkIn')}
        </Button>
      )}
      {status === 'attended' && (
        <Button
          size="large"
          margin={false}
          buttonStyle="secondary"
          disabled={busy}
          aria-label={t('newsroom:attendees.undo.of', { name })}
          onClick={() => onStatus(attendee, 'confirmed')}
        >
          {t('newsroom:attendees.undo')}
        </Button>
      )}
    </li>
  )
}
