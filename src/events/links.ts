import { absoluteUrl } from '@/platform/urls'

/** The registrant's pages behind the links of their emails. */
export const registrationUrl = (page: 'confirm' | 'cancel', token: string) =>
  absoluteUrl(`/api/event-registration/${page}?token=${encodeURIComponent(token)}`)
