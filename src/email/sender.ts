import type { Locale } from '@/i18n/locales'
import { settings } from '@/platform/settings'

/** Who a message in this language comes from: the council's name in it, one address. */
export const senderOf = (locale: Locale) => ({
  name: settings.smtp.senderName(locale),
  address: settings.smtp.from,
})

/** The sender's name, logo and postal address, as every message shows them. */
export const letterhead = (locale: Locale) => ({
  name: settings.smtp.senderName(locale),
  logoUrl: settings.smtp.logoUrl,
  postalAddress: settings.smtp.postalAddress,
})
