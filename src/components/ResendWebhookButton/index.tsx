'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import React, { useState } from 'react'

import { postAction, useMessages } from '../useMessages'

/** Sends a logged webhook event again, as a fresh series of tries. */
export function ResendWebhookButton() {
  const { id } = useDocumentInfo()
  const { language, t } = useMessages()
  const [notice, setNotice] = useState('')
  if (!id) return null
  const resend = async () => {
    const { ok, result } = await postAction(`/api/webhook-deliveries/${id}/resend`, language)
    setNotice(ok ? result.message : t('panel.failed', { reason: result.errors?.[0]?.message }))
  }
  return (
    <div style={{ marginBottom: 24 }}>
      <Button buttonStyle="secondary" onClick={() => void resend()}>
        {t('webhookDeliveries.resend')}
      </Button>
      {notice && <p role="status">{notice}</p>}
    </div>
  )
}
