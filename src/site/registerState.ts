import type { Locale } from '@/i18n/locales'

export type RegisterField = 'name' | 'email' | 'organisation' | 'locale' | 'consent'

/** What the registration form shows after a submission: the answer, or one error and the values. */
export type RegisterState = {
  status: 'idle' | 'error' | 'done'
  message?: string
  field?: RegisterField
  values?: {
    name: string
    email: string
    organisation: string
    locale: Locale | ''
    consent: boolean
  }
}

export const initialRegisterState: RegisterState = { status: 'idle' }
