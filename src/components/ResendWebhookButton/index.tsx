'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import React, { useState } from 'react'

import { postAction, useAdminTranslation } from '@/components/useAdminTranslation'

/** Sends a logged webhook event again, as a fresh series of tries. */
export function ResendWebhookButton() {
  const { id } = useDocumentInfo()
  const { i18n, t } = useAdminTranslation()
  const [notice, setNotice] = useState('')
  if (!id) return null
  const resend = async () => {
    const { ok, result, reason } = await postAction(
      `/api/webhook-deliveries/${id}/resend`,
      i18n.language,
    )
    setNotice(ok ? result.message : t('newsroom:panel.failed', { reason }))
  }
  return (
    <div style={{ marginBottom: 24 }}>
      <Button buttonStyle="secondary" onClick={() => void resend()}>
        {t('newsroom:webhookDeliveries.resend')}
      </Button>
      {notice && <p role="status">{notice}</p>}
    </div>
  )
}
