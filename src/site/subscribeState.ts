import type { Locale } from '@/i18n/locales'

export type SubscribeField = 'email' | 'locale' | 'clusters' | 'consent'

/** What the subscribe form shows after a submission: the answer, or one error and the values. */
export type SubscribeState = {
  status: 'idle' | 'error' | 'done'
  message?: string
  /** The field the error is about; none for an error of the whole form. */
  field?: SubscribeField
  values?: { email: string; locale: Locale | ''; clusters: string[]; consent: boolean }
}

export const initialSubscribeState: SubscribeState = { status: 'idle' }
