'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import React, { useState } from 'react'

import { postAction, useMessages } from '../useMessages'

/** Issues, rotates and revokes a partner's API key; a new key is shown here once. */
export function PartnerKeyPanel() {
  const { id } = useDocumentInfo()
  const { language, t } = useMessages()
  const [key, setKey] = useState('')
  const [notice, setNotice] = useState('')

  if (!id) return <p>{t('panel.saveFirst')}</p>

  const act = async (
    action: 'rotate-key' | 'revoke-key',
    confirmKey: 'partnerKey.confirmRotate' | 'partnerKey.confirmRevoke',
  ) => {
    if (!window.confirm(t(confirmKey))) return
    const { ok, result } = await postAction(`/api/partners/${id}/${action}`, language)
    setKey(ok && result.key ? result.key : '')
    setNotice(
      ok
        ? t(action === 'rotate-key' ? 'partnerKey.issued' : 'partnerKey.revoked')
        : t('panel.failed', { reason: result.errors?.[0]?.message }),
    )
  }

  return (
    <section aria-labelledby="partner-key-panel" style={{ marginBottom: 24 }}>
      <h3 id="partner-key-panel">{t('partnerKey.title')}</h3>
      <Button onClick={() => void act('rotate-key', 'partnerKey.confirmRotate')}>
        {t('partnerKey.rotate')}
      </Button>
      <Button
        buttonStyle="secondary"
        onClick={() => void act('revoke-key', 'partnerKey.confirmRevoke')}
      >
        {t('partnerKey.revoke')}
      </Button>
      {notice && <p role="status">{notice}</p>}
      {key && (
        <p>
          <label htmlFor="partner-new-key">{t('partnerKey.newKey')}</label>
          <input
            id="partner-new-key"
            readOnly
            value={key}
            style={{ width: '100%', fontFamily: 'monospace' }}
            onFocus={(event) => event.target.select()}
          />
        </p>
      )}
    </section>
  )
}
