'use client'
import { useTranslation } from '@payloadcms/ui'

import type { AdminTranslationKey, AdminTranslations } from '@/i18n/admin/texts'

/** Payload's translations in the admin's current language, with our texts (`newsroom:…`) typed. */
export const useAdminTranslation = () => useTranslation<AdminTranslations, AdminTranslationKey>()

/**
 * POSTs to one of our admin endpoints (or PATCHes a document): its JSON, whether it succeeded,
 * and the reason it gives when not ('' if none).
 */
export async function postAction(
  url: string,
  language: string,
  body: object = {},
  method: 'POST' | 'PATCH' = 'POST',
) {
  const response = await fetch(url, {
    method,
    credentials: 'include',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': language },
    body: JSON.stringify(body),
  })
  const result = await response.json()
  const reason: string = result.errors?.[0]?.message ?? ''
  return { ok: response.ok, result, reason }
}
