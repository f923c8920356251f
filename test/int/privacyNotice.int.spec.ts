import { describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'
import { settings } from '@/platform/settings'
import { privacyNoticeKinds } from '@/platform/sitePaths'
import { noticeContext, privacyNotice, type NoticeContext } from '@/site/privacyNotice'

/**
 * The privacy notices' retention periods come from the settings the retention job follows:
 * other settings, other numbers on the page. No database, no browser (the e2e spec shows the
 * pages themselves).
 */
const retentionText = (notice: ReturnType<typeof privacyNotice>) =>
  notice.sections.find(({ id }) => id === 'retention')!.paragraphs.join(' ')

const numbersIn = (text: string) => [...text.matchAll(/\d+/g)].map(([n]) => Number(n))

describe('privacy notices', () => {
  it('read the periods, the contact address and the postal address from the settings', () => {
    expect(noticeContext()).toEqual({
      retention: settings.privacy.retention,
      contactEmail: settings.privacy.contactEmail,
      postalAddress: settings.smtp.postalAddress,
    })
  })

  it('show each kind the periods of its own data and the access logs, in every language', () => {
    const periods = (base: number): NoticeContext['retention'] => ({
      unconfirmedSubscriptionDays: base + 1,
      unsubscribedDays: base + 2,
      joinRequestMonths: base + 3,
      registrantDays: base + 4,
      deliveryMonths: base + 5,
      accessLogDays: base + 6,
      auditLogMonths: base + 7,
    })
    for (const base of [100, 200]) {
      const context = {
        retention: periods(base),
        contactEmail: 'a@example.test',
        postalAddress: 'x',
      }
      const expected = {
        subscribers: [base + 1, base + 2, base + 5, base + 6],
        companies: [base + 3, base + 6],
        registrants: [base + 4, base + 6],
      }
      for (const locale of locales) {
        for (const kind of privacyNoticeKinds) {
          const notice = privacyNotice(locale, kind, context)
          expect(numbersIn(retentionText(notice)), `${locale} ${kind}`).toEqual(expected[kind])
        }
      }
    }
  })

  it('name the contact address, the complaint authority and each right', () => {
    const context = { ...noticeContext(), contactEmail: 'tietosuoja@example.test' }
    for (const locale of locales) {
      for (const kind of privacyNoticeKinds) {
        const notice = privacyNotice(locale, kind, context)
        const ids = notice.sections.map(({ id }) => id)
        expect(ids).toEqual([
          'controller',
          'purpose',
          'data',
          'recipients',
          'retention',
          'rights',
          'how',
          'complaint',
        ])
        const facts = notice.sections.flatMap(({ facts = [] }) => facts.map(({ href }) => href))
        expect(facts).toContain('mailto:tietosuoja@example.test')
        expect(facts.some((href) => href?.startsWith('https://tietosuoja.fi'))).toBe(true)
        expect(notice.sections.find(({ id }) => id === 'rights')!.items).toHaveLength(5)
      }
    }
  })
})
