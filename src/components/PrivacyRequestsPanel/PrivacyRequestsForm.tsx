'use client'
import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'

import { postAction, useAdminTranslation } from '@/components/useAdminTranslation'

type Summary = {
  subscribers: number
  registrations: number
  joinRequests: number
  users: number
  kept: { contacts: number[]; experts: number[] }
}

/**
 * A person's request by address (GDPR Art. 15, 17): download everything stored, or erase it
 * after a second, explicit step that names the address.
 */
export function PrivacyRequestsForm() {
  const { i18n, t } = useAdminTranslation()
  const [email, setEmail] = useState('')
  const [confirming, setConfirming] = useState(false)
  const [notice, setNotice] = useState('')
  const address = email.trim()

  const erase = async () => {
    setConfirming(false)
    const { ok, result, reason } = await postAction('/api/privacy/erase', i18n.language, {
      email: address,
    })
    if (!ok) return setNotice(t('newsroom:panel.failed', { reason }))
    const summary = result as Summary
    const kept = [...summary.kept.contacts, ...summary.kept.experts].length
    setNotice(
      t('newsroom:privacyRequests.erased', {
        email: address,
        subscribers: summary.subscribers,
        registrations: summary.registrations,
        joinRequests: summary.joinRequests,
        users: summary.users,
      }) + (kept ? ` ${t('newsroom:privacyRequests.kept', { count: kept })}` : ''),
    )
  }

  return (
    <section aria-labelledby="privacy-requests" style={{ marginBottom: 32, maxWidth: 640 }}>
      <h2 id="privacy-requests">{t('newsroom:privacyRequests.title')}</h2>
      <p>{t('newsroom:privacyRequests.intro')}</p>
      <label htmlFor="privacy-requests-email" style={{ display: 'block', fontWeight: 600 }}>
        {t('newsroom:privacyRequests.email')}
      </label>
      <input
        id="privacy-requests-email"
        type="email"
        autoComplete="off"
        value={email}
        onChange={(event) => {
          setEmail(event.target.value)
          setConfirming(false)
          setNotice('')
        }}
        style={{ width: '100%', padding: 8, margin: '4px 0 12px' }}
      />
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        <Button
          el="anchor"
          url={`/api/privacy/export?email=${encodeURIComponent(address)}`}
          disabled={!address}
          buttonStyle="secondary"
        >
          {t('newsroom:privacyRequests.export')}
        </Button>
        <Button disabled={!address} onClick={() => setConfirming(true)} buttonStyle="error">
          {t('newsroom:privacyRequests.erase')}
        </Button>
      </div>
      {confirming && (
        <div role="alertdialog" aria-labelledby="privacy-requests-confirm">
          <p id="privacy-requests-confirm">
            {t('newsroom:privacyRequests.confirm', { email: address })}
          </p>
          <div style={{ display: 'flex', gap: 12 }}>
            <Button buttonStyle="error" onClick={() => void erase()}>
              {t('newsroom:privacyRequests.confirmButton')}
            </Button>
            <Button buttonStyle="secondary" onClick={() => setConfirming(false)}>
              {t('newsroom:privacyRequests.cancel')}
            </Button>
          </div>
        </div>
      )}
      {notice && <p role="status">{notice}</p>}
    </section>
  )
}
