'use client'
import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'

import { useAdminTranslation } from '@/components/useAdminTranslation'
import type { SendPlan } from '@/newsletter/sendPlan'

type Props = {
  plan: SendPlan
  scheduled: boolean
  onConfirm: (allowFinnish: boolean) => void
  onCancel: () => void
}

/**
 * The last step before sending, inside the panel: the number of recipients and, where some
 * would get Finnish texts, a box the editor must tick to send them anyway.
 */
export function ConfirmSend({ plan, scheduled, onConfirm, onCancel }: Props) {
  const { t } = useAdminTranslation()
  const [allowFinnish, setAllowFinnish] = useState(false)
  const needsConsent = plan.untranslated.length > 0
  const question = scheduled ? 'newsroom:panel.confirmSchedule' : 'newsroom:panel.confirmNow'
  return (
    <div role="group" aria-labelledby="newsletter-confirm" style={{ margin: '12px 0' }}>
      <p id="newsletter-confirm" style={{ fontWeight: 600 }}>
        {t(question, { count: plan.recipients })}
      </p>
      {needsConsent && (
        <label style={{ display: 'block', margin: '8px 0' }}>
          <input
            type="checkbox"
            checked={allowFinnish}
            onChange={(event) => setAllowFinnish(event.target.checked)}
          />{' '}
          {t('newsroom:panel.allowFinnish')}
        </label>
      )}
      <Button disabled={needsConsent && !allowFinnish} onClick={() => onConfirm(allowFinnish)}>
        {t('newsroom:panel.confirm')}
      </Button>
      <Button buttonStyle="secondary" onClick={onCancel}>
        {t('newsroom:panel.cancel')}
      </Button>
    </div>
  )
}
