'use client'
import { Button, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { postAction, useAdminTranslation } from '@/components/useAdminTranslation'
import { locales } from '@/i18n/locales'
import type { SendPlan } from '@/newsletter/sendPlan'

import { ConfirmSend } from './ConfirmSend'
import { PlanTable } from './PlanTable'

type Progress = {
  status: string
  total: number
  queued: number
  sending: number
  sent: number
  failed: number
  bounced: number
  skipped: number
  /** While a draft: who would get what. */
  plan?: SendPlan
}

async function progressOf(id: number | string | undefined): Promise<Progress | undefined> {
  if (!id) return undefined
  const response = await fetch(`/api/newsletters/${id}/progress`, { credentials: 'include' })
  return response.ok ? ((await response.json()) as Progress) : undefined
}

const isActive = (status?: string) => status === 'scheduled' || status === 'sending'

/** Preview, test send, send or schedule, and a live progress bar, in the sidebar. */
export function NewsletterSendPanel() {
  const { id, lastUpdateTime } = useDocumentInfo()
  const { i18n, t } = useAdminTranslation()
  const scheduledAt = useFormFields(([fields]) => fields.scheduledAt?.value as string | undefined)
  const [progress, setProgress] = useState<Progress>()
  const [notice, setNotice] = useState('')
  const [confirming, setConfirming] = useState<'now' | 'schedule'>()

  const refresh = useCallback(async () => {
    const latest = await progressOf(id)
    if (latest) setProgress(latest)
  }, [id])

  useEffect(() => {
    let current = true
    void progressOf(id).then((latest) => current && latest && setProgress(latest))
    return () => {
      current = false
    }
    // After each save the plan is asked again: it is made from the saved issue.
  }, [id, lastUpdateTime])

  useEffect(() => {
    if (!isActive(progress?.status)) return
    const timer = setInterval(() => void refresh(), 2000)
    return () => clearInterval(timer)
  }, [progress?.status, refresh])

  const send = async (body: object) => {
    setConfirming(undefined)
    const { ok, result, reason } = await postAction(
      `/api/newsletters/${id}/send`,
      i18n.language,
      body,
    )
    setNotice(ok ? result.message : t('newsroom:panel.failed', { reason }))
    await refresh()
  }

  if (!id) return <p>{t('newsroom:panel.saveFirst')}</p>

  const done = progress ? progress.sent + progress.failed + progress.bounced + progress.skipped : 0
  const canSend = progress?.status === 'draft'
  const plan = progress?.plan
  return (
    <section aria-labelledby="newsletter-send-panel" style={{ marginBottom: 24 }}>
      <h3 id="newsletter-send-panel">{t('newsroom:panel.title')}</h3>
      <p>
        {t('newsroom:panel.preview')}:{' '}
        {locales.map((locale) => (
          <a
            key={locale}
            href={`/api/newsletters/${id}/preview?locale=${locale}`}
            target="_blank"
            rel="noreferrer"
            style={{ marginRight: 8 }}
          >
            {locale.toUpperCase()}
          </a>
        ))}
      </p>
      <Button buttonStyle="secondary" onClick={() => void send({ test: true })}>
        {t('newsroom:panel.sendTest')}
      </Button>
      {canSend && plan && <PlanTable plan={plan} />}
      {canSend && plan && plan.untranslated.length > 0 && (
        <p role="alert">
          {t('newsroom:panel.untranslated', {
            languages: plan.untranslated.map((code) => t(`newsroom:language.${code}`)).join(', '),
          })}
        </p>
      )}
      {canSend && plan && plan.recipients === 0 && <p>{t('newsroom:panel.noRecipients')}</p>}
      {canSend && plan && !confirming && plan.recipients > 0 && (
        <>
          <Button onClick={() => setConfirming('now')}>{t('newsroom:panel.sendNow')}</Button>
          {scheduledAt && (
            <Button buttonStyle="secondary" onClick={() => setConfirming('schedule')}>
              {t('newsroom:panel.schedule')}
            </Button>
          )}
        </>
      )}
      {canSend && plan && confirming && (
        <ConfirmSend
          plan={plan}
          scheduled={confirming === 'schedule'}
          onCancel={() => setConfirming(undefined)}
          onConfirm={(allowFinnish) =>
            void send(confirming === 'schedule' ? { scheduledAt, allowFinnish } : { allowFinnish })
          }
        />
      )}
      {notice && <p role="status">{notice}</p>}
      {progress && progress.total > 0 && (
        <div>
          <label htmlFor="newsletter-progress">{t('newsroom:panel.progress')}</label>
          <progress
            id="newsletter-progress"
            value={done}
            max={progress.total}
            style={{ display: 'block', width: '100%', height: 16 }}
          />
          <p aria-live="polite">
            {t('newsroom:panel.totals', {
              sent: progress.sent,
              queued: progress.queued + progress.sending,
              failed: progress.failed,
              bounced: progress.bounced,
              skipped: progress.skipped,
              total: progress.total,
            })}
          </p>
        </div>
      )}
    </section>
  )
}
