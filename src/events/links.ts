import { absoluteUrl } from '@/platform/urls'

/** The registrant's pages behind the links of their emails. */
export type RegistrantPage = 'confirm' | 'cancel' | 'my-data' | 'erase'

export const registrationUrl = (page: RegistrantPage, token: string) =>
  absoluteUrl(`/api/event-registration/${page}?token=${encodeURIComponent(token)}`)
