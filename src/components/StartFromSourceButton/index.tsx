'use client'
import { Button, useDocumentInfo, useLocale } from '@payloadcms/ui'
import React, { useState } from 'react'

import { defaultLocale } from '@/i18n/locales'

import { postAction, useMessages } from '../useMessages'

/** In a language still to be written: fills its empty texts from Finnish, as a draft to translate. */
export function StartFromSourceButton() {
  const { id } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { language, t } = useMessages()
  const [notice, setNotice] = useState('')
  if (!id || locale === defaultLocale) return null
  const start = async () => {
    const { ok, result } = await postAction(`/api/news/${id}/start-translation`, language, {
      locale,
    })
    setNotice(ok ? result.message : t('panel.failed', { reason: result.errors?.[0]?.message }))
    if (ok && result.copied.length) window.location.reload()
  }
  return (
    <div style={{ marginBottom: 24 }}>
      <Button buttonStyle="secondary" onClick={() => void start()}>
        {t('translation.startFromSource')}
      </Button>
      {notice && <p role="status">{notice}</p>}
    </div>
  )
}
