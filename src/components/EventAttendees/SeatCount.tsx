'use client'
import React from 'react'

import { useAdminTranslation } from '@/components/useAdminTranslation'

import type { SeatCounts } from './counts'

const cell = { display: 'flex', flexDirection: 'column', minWidth: 96 } as const
const figure = { fontSize: 24, fontWeight: 600 }

/** Seats, confirmed, arrived, left and waiting, large enough to read at the door. */
export function SeatCount({ counts }: { counts: SeatCounts }) {
  const { t } = useAdminTranslation()
  const items = [
    ['capacity', counts.capacity ?? t('newsroom:attendees.count.unlimited')],
    ['confirmed', counts.confirmed],
    ['attended', counts.attended],
    ['left', counts.left ?? t('newsroom:attendees.count.unlimited')],
    ['waitlisted', counts.waitlisted],
  ] as const
  return (
    <dl
      className="event-attendees__seats"
      style={{ display: 'flex', flexWrap: 'wrap', gap: 16, margin: '8px 0 16px' }}
    >
      {items.map(([name, value]) => (
        <div key={name} style={cell} data-count={name}>
          <dt>{t(`newsroom:attendees.count.${name}`)}</dt>
          <dd style={{ ...figure, margin: 0 }}>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
