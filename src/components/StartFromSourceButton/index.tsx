'use client'
import { Button, useDocumentInfo, useFormFields, useLocale } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { postAction, useAdminTranslation } from '@/components/useAdminTranslation'
import { defaultLocale } from '@/i18n/locales'

import { copiedTexts, hasEmptyText, type Texts } from './texts'

const labels = {
  title: 'newsroom:field.title',
  summary: 'newsroom:news.summary',
  body: 'newsroom:news.body',
  byline: 'newsroom:news.byline',
} as const

/** The Finnish texts as last saved, to tell a copy from a translation. */
function useFinnishTexts(id: number | string | undefined, savedAt: number): Texts | undefined {
  const [texts, setTexts] = useState<Texts>()
  useEffect(() => {
    if (!id) return
    let current = true
    void fetch(`/api/news/${id}?locale=${defaultLocale}&draft=true&depth=0`, {
      credentials: 'include',
    })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((doc) => current && doc && setTexts(doc))
    return () => {
      current = false
    }
  }, [id, savedAt])
  return texts
}

/**
 * In another language than Finnish: while a text is still unwritten, a button fills the empty
 * ones from Finnish as a draft to translate; while a text is still the Finnish one, a warning
 * says so before it is published (the API would label it Finnish).
 */
export function StartFromSourceButton() {
  const { id, lastUpdateTime } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { i18n, t } = useAdminTranslation()
  const [notice, setNotice] = useState('')
  const texts = useFormFields(([fields]) => ({
    title: fields.title?.value,
    summary: fields.summary?.value,
    body: fields.body?.value,
    byline: fields.byline?.value,
    externalLinks: fields.externalLinks?.value,
  }))
  const finnish = useFinnishTexts(locale === defaultLocale ? undefined : id, lastUpdateTime)
  if (!id || locale === defaultLocale) return null
  const copied = finnish ? copiedTexts(texts, finnish) : []
  const start = async () => {
    const { ok, result, reason } = await postAction(
      `/api/news/${id}/start-translation`,
      i18n.language,
      { locale },
    )
    setNotice(ok ? result.message : t('newsroom:panel.failed', { reason }))
    if (ok && result.copied.length) window.location.reload()
  }
  return (
    <div style={{ marginBottom: 24 }}>
      {finnish && hasEmptyText(texts, finnish) && (
        <Button buttonStyle="secondary" onClick={() => void start()}>
          {t('newsroom:translation.startFromSource')}
        </Button>
      )}
      {copied.length > 0 && (
        <p role="alert" data-testid="still-finnish" style={{ fontWeight: 600 }}>
          {t('newsroom:translation.stillFinnish', {
            fields: copied.map((field) => t(labels[field]).toLocaleLowerCase(locale)).join(', '),
          })}
        </p>
      )}
      {notice && <p role="status">{notice}</p>}
    </div>
  )
}
