'use client'
import { Button, useDocumentInfo, useLocale } from '@payloadcms/ui'
import React, { useState } from 'react'

import { postAction, useAdminTranslation } from '@/components/useAdminTranslation'
import { defaultLocale } from '@/i18n/locales'

/** In a language still to be written: fills its empty texts from Finnish, as a draft to translate. */
export function StartFromSourceButton() {
  const { id } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { i18n, t } = useAdminTranslation()
  const [notice, setNotice] = useState('')
  if (!id || locale === defaultLocale) return null
  const start = async () => {
    const { ok, result, reason } = await postAction(
      `/api/news/${id}/start-translation`,
      i18n.language,
      {
        locale,
      },
    )
    setNotice(ok ? result.message : t('newsroom:panel.failed', { reason }))
    if (ok && result.copied.length) window.location.reload()
  }
  return (
    <div style={{ marginBottom: 24 }}>
      <Button buttonStyle="secondary" onClick={() => void start()}>
        {t('newsroom:translation.startFromSource')}
      </Button>
      {notice && <p role="status">{notice}</p>}
    </div>
  )
}
