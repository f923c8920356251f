import React from 'react'

import { isLocale } from '@/i18n/locales'

type Props = { i18n?: { language: string } }

const owner = { fi: 'Lapin liitto', sv: 'Lapplands förbund', en: 'Regional Council of Lapland' }

/** The council's mark (an aurora over the fell line): the nav icon, and public/admin-icon.svg. */
function Mark({ size }: { size: number }) {
  return (
    <svg viewBox="0 0 64 64" width={size} height={size} aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="12" fill="#0b3d5c" />
      <path d="M10 44c8-14 18-22 44-26-16 8-24 16-28 26z" fill="#5fd3b4" />
      <path d="M8 50h48" stroke="#fff" strokeWidth="4" strokeLinecap="round" />
    </svg>
  )
}

/** Payload's login page logo: the mark, the newsroom's name and the council's, in the admin's language. */
export function Logo({ i18n }: Props) {
  const language = i18n && isLocale(i18n.language) ? i18n.language : 'fi'
  return (
    <span className="newsroom-logo">
      <Mark size={56} />
      <span>
        <strong>Arctic Smartness</strong>
        <span>{owner[language]}</span>
      </span>
    </span>
  )
}

/** Payload's nav icon. */
export function Icon() {
  return <Mark size={28} />
}
