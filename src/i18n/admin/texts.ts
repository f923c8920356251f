import type { NestedKeysStripped } from '@payloadcms/translations'

import type { MessageKey } from '@/i18n/en'

/** The groups of our texts that admin components show: only these go to the admin's browser. */
export const adminTextGroups = [
  'adminAddress.',
  'attendees.',
  'coordinator.',
  'impact.',
  'language.',
  'panel.',
  'partnerKey.',
  'privacyRequests.',
  'registrations.status.',
  'translation.startFromSource',
  'translation.stillFinnish',
  // The names of the texts the translation warning lists.
  'field.title',
  'news.summary',
  'news.body',
  'news.byline',
  'webhookDeliveries.resend',
] as const

type AdminTextKey = Extract<MessageKey, `${(typeof adminTextGroups)[number]}${string}`>

/** Our texts in Payload's translations, under their own namespace. */
export type AdminTranslations = { newsroom: Record<AdminTextKey, string> }

/** A key for Payload's `t` in admin components: `newsroom:panel.title`. */
export type AdminTranslationKey = NestedKeysStripped<AdminTranslations>
