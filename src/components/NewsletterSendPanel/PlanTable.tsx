'use client'
import React from 'react'

import { useAdminTranslation } from '@/components/useAdminTranslation'
import type { SendPlan, TextState } from '@/newsletter/sendPlan'

const warning = { color: 'var(--theme-warning-750, #8a4b00)', fontWeight: 600 }

/** Per language: how many readers, and whether each text reaches them translated or in Finnish. */
export function PlanTable({ plan }: { plan: SendPlan }) {
  const { t } = useAdminTranslation()
  const state = (value: TextState) => (
    <span style={value === 'finnish' ? warning : undefined}>
      {t(`newsroom:panel.state.${value}`)}
    </span>
  )
  return (
    <table style={{ width: '100%', fontSize: 13, borderCollapse: 'collapse', margin: '8px 0' }}>
      <caption style={{ textAlign: 'left', fontWeight: 600 }}>
        {t('newsroom:panel.audience')}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('newsroom:panel.language')}</th>
          <th scope="col">{t('newsroom:panel.recipients')}</th>
          <th scope="col">{t('newsroom:panel.subject')}</th>
          <th scope="col">{t('newsroom:panel.intro')}</th>
        </tr>
      </thead>
      <tbody>
        {plan.languages.map((language) => (
          <React.Fragment key={language.locale}>
            <tr data-locale={language.locale}>
              <th scope="row">{t(`newsroom:language.${language.locale}`)}</th>
              <td>{language.recipients}</td>
              <td>{state(language.subject)}</td>
              <td>{state(language.intro)}</td>
            </tr>
            <tr>
              <td colSpan={4} style={{ paddingBottom: 6 }}>
                {t('newsroom:panel.news')}: {t('newsroom:panel.newsCounts', language.news)}
              </td>
            </tr>
          </React.Fragment>
        ))}
      </tbody>
    </table>
  )
}
