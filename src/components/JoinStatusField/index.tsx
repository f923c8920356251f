'use client'
import { SelectField, useDocumentInfo } from '@payloadcms/ui'
import type { SelectFieldClientProps } from 'payload'
import React from 'react'

import { isJoinStatus, movesFrom } from '@/join/statuses'

/**
 * A join request's status, offering only the moves the flow allows from the saved status
 * (src/join/statuses.ts; the save checks it again). A new request may start anywhere.
 */
export function JoinStatusField(props: SelectFieldClientProps) {
  const { savedDocumentData } = useDocumentInfo()
  const saved: unknown = savedDocumentData?.status
  if (!isJoinStatus(saved)) return <SelectField {...props} />
  const allowed = new Set<string>(movesFrom(saved))
  const options = props.field.options.filter((option) =>
    allowed.has(typeof option === 'string' ? option : option.value),
  )
  return <SelectField {...props} field={{ ...props.field, options }} />
}
