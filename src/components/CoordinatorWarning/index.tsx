'use client'
import { useFormFields } from '@payloadcms/ui'
import React from 'react'

import { useAdminTranslation } from '@/components/useAdminTranslation'

/** Under a cluster's coordinator: what an empty choice means for the companies who ask to join. */
export function CoordinatorWarning() {
  const { t } = useAdminTranslation()
  const coordinator = useFormFields(([fields]) => fields.coordinator?.value)
  if (coordinator) return <p className="field-description">{t('newsroom:coordinator.help')}</p>
  return (
    <p className="field-description coordinator-warning" role="status">
      <strong>{t('newsroom:coordinator.missing.title')}</strong>{' '}
      {t('newsroom:coordinator.missing.field')}
    </p>
  )
}
