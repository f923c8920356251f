'use client'
import { useTranslation } from '@payloadcms/ui'

import { translate, type MessageKey } from '@/i18n'
import { isLocale } from '@/i18n/locales'

/** Our own messages in the admin's current language. */
export function useMessages() {
  const { i18n } = useTranslation()
  const language = isLocale(i18n.language) ? i18n.language : 'en'
  const t = (key: MessageKey, values?: Record<string, string | number>) =>
    translate(language, key, values)
  return { language, t }
}

/** POSTs to one of our admin endpoints and returns its JSON and whether it succeeded. */
export async function postAction(url: string, language: string, body: object = {}) {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': language },
    body: JSON.stringify(body),
  })
  return { ok: response.ok, result: await response.json() }
}
