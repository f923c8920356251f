'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import React, { useState } from 'react'

import { postAction, useAdminTranslation } from '@/components/useAdminTranslation'

/** Issues, rotates and revokes a partner's API key; a new key is shown here once. */
export function PartnerKeyPanel() {
  const { id } = useDocumentInfo()
  const { i18n, t } = useAdminTranslation()
  const [key, setKey] = useState('')
  const [notice, setNotice] = useState('')

  if (!id) return <p>{t('newsroom:panel.saveFirst')}</p>

  const act = async (
    action: 'rotate-key' | 'revoke-key',
    confirmKey: 'newsroom:partnerKey.confirmRotate' | 'newsroom:partnerKey.confirmRevoke',
  ) => {
    if (!window.confirm(t(confirmKey))) return
    const { ok, result, reason } = await postAction(`/api/partners/${id}/${action}`, i18n.language)
    setKey(ok && result.key ? result.key : '')
    setNotice(
      ok
        ? t(action === 'rotate-key' ? 'newsroom:partnerKey.issued' : 'newsroom:partnerKey.revoked')
        : t('newsroom:panel.failed', { reason }),
    )
  }

  return (
    <section aria-labelledby="partner-key-panel" style={{ marginBottom: 24 }}>
      <h3 id="partner-key-panel">{t('newsroom:partnerKey.title')}</h3>
      <Button onClick={() => void act('rotate-key', 'newsroom:partnerKey.confirmRotate')}>
        {t('newsroom:partnerKey.rotate')}
      </Button>
      <Button
        buttonStyle="secondary"
        onClick={() => void act('revoke-key', 'newsroom:partnerKey.confirmRevoke')}
      >
        {t('newsroom:partnerKey.revoke')}
      </Button>
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
        </p>
      )}
    </section>
  )
}
