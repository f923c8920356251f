import type { Endpoint } from 'payload'

import { translate, languageFromHeader } from '@/i18n'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { actionBodyOf } from '@/platform/actionBody'
import { clientErrorResponse, problemResponse } from '@/platform/problems'

const copiedFields = ['title', 'summary', 'body', 'byline', 'externalLinks'] as const

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)

/**
 * POST /api/news/:id/start-translation {locale} — copies the Finnish text into the fields of
 * an unwritten language as a draft, for a translator to overwrite. Filled fields stay as they are.
 */
export const startTranslationEndpoint: Endpoint = {
  path: '/:id/start-translation',
  method: 'post',
  handler: async (req) => {
    const action = await actionBodyOf(req)
    if ('problem' in action) return problemResponse(req.headers, action.problem)
    const { locale } = action.options
    if (!isLocale(locale) || locale === defaultLocale) {
      return clientErrorResponse(req.headers, 'api.badTranslationLocale')
    }
    const id = Number(req.routeParams?.id)
    const read = {
      collection: 'news',
      id,
      draft: true,
      depth: 0,
      overrideAccess: false,
      user: req.user,
    } as const
    const source = await req.payload.findByID({ ...read, locale: defaultLocale })
    const target = await req.payload.findByID({ ...read, locale, fallbackLocale: false })
    const data = Object.fromEntries(
      copiedFields.flatMap((field) =>
        isEmpty(target[field]) && !isEmpty(source[field]) ? [[field, source[field]]] : [],
      ),
    )
    if (Object.keys(data).length) {
      await req.payload.update({
        collection: 'news',
        id,
        locale,
        draft: true,
        data: { ...data, _status: 'draft' },
        overrideAccess: false,
        user: req.user,
      })
    }
    const language = languageFromHeader(req.headers.get('accept-language'))
    const message = translate(language, 'api.translationStarted', {
      count: Object.keys(data).length,
    })
    return Response.json({ copied: Object.keys(data), message })
  },
}
