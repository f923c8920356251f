'use client'
import { Button, useDocumentInfo, useForm, useFormFields } from '@payloadcms/ui'
import React, { useState } from 'react'

import { postAction, useAdminTranslation } from '@/components/useAdminTranslation'

/**
 * Issues, rotates and revokes a partner's API key; a new key is shown here once, with a copy
 * button, and the key fields beside it show the new state without a reload.
 */
export function PartnerKeyPanel() {
  const { id } = useDocumentInfo()
  const { i18n, t } = useAdminTranslation()
  const { dispatchFields } = useForm()
  const hasKey = useFormFields(([fields]) => Boolean(fields.keyPrefix?.value))
  const [key, setKey] = useState('')
  const [notice, setNotice] = useState('')
  const [copied, setCopied] = useState(false)

  if (!id) return <p>{t('newsroom:panel.saveFirst')}</p>

  // What the server saved, as the saved value: the form does not count it as an unsaved change.
  const show = (path: string, value: string | null) =>
    dispatchFields({ type: 'UPDATE', path, value, initialValue: value })

  const issue = async () => {
    const confirmation = hasKey
      ? 'newsroom:partnerKey.confirmRotate'
      : 'newsroom:partnerKey.confirmFirst'
    if (!window.confirm(t(confirmation))) return
    const first = !hasKey
    const { ok, result, reason } = await postAction(`/api/partners/${id}/rotate-key`, i18n.language)
    setCopied(false)
    setKey(ok ? result.key : '')
    if (!ok) return setNotice(t('newsroom:panel.failed', { reason }))
    show('keyPrefix', result.prefix)
    show('keyIssuedAt', result.issuedAt)
    setNotice(t(first ? 'newsroom:partnerKey.issuedFirst' : 'newsroom:partnerKey.issued'))
  }

  const revoke = async () => {
    if (!window.confirm(t('newsroom:partnerKey.confirmRevoke'))) return
    const { ok, reason } = await postAction(`/api/partners/${id}/revoke-key`, i18n.language)
    setKey('')
    if (!ok) return setNotice(t('newsroom:panel.failed', { reason }))
    show('keyPrefix', null)
    setNotice(t('newsroom:partnerKey.revoked'))
  }

  const copy = async () => {
    await navigator.clipboard.writeText(key)
    setCopied(true)
  }

  return (
    <section aria-labelledby="partner-key-panel" style={{ marginBottom: 24 }}>
      <h3 id="partner-key-panel">{t('newsroom:partnerKey.title')}</h3>
      <Button onClick={() => void issue()}>
        {t(hasKey ? 'newsroom:partnerKey.rotate' : 'newsroom:partnerKey.issueFirst')}
      </Button>
      {hasKey && (
        <Button buttonStyle="secondary" onClick={() => void revoke()}>
          {t('newsroom:partnerKey.revoke')}
        </Button>
      )}
      {notice && <p role="status">{notice}</p>}
      {key && (
        <p>
          <label htmlFor="partner-new-key">{t('newsroom:partnerKey.newKey')}</label>
          <input
            id="partner-new-key"
            readOnly
            value={key}
            style={{ width: '100%', fontFamily: 'monospace' }}
            onFocus={(event) => event.target.select()}
          />
          <Button buttonStyle="secondary" size="small" onClick={() => void copy()}>
            {copied ? t('general:copied') : t('general:copy')}
          </Button>
        </p>
      )}
    </section>
  )
}
