import type { PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Partner } from '@/payload-types'

type AnyUser = PayloadRequest['user'] | undefined

export const partnerOf = (user: AnyUser): Partner | undefined =>
  user?.collection === 'partners' ? (user as Partner) : undefined

const idOf = (value: number | { id: number }) => (typeof value === 'object' ? value.id : value)

/** The clusters a partner reads; empty means all. */
export const scopeClusterIds = (partner: Pick<Partner, 'scopeClusters'>): number[] =>
  (partner.scopeClusters ?? []).map(idOf)

/** The languages a partner reads; empty means all. */
export const scopeLocales = (partner: Pick<Partner, 'scopeLocales'>): Locale[] =>
  partner.scopeLocales ?? []
