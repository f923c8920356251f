import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { languageFromHeader } from '@/i18n'
import { isLocale, type Locale } from '@/i18n/locales'
import { sitePaths } from '@/platform/sitePaths'
import { t, type SiteMessageKey } from '@/site/i18n'
import config from '@payload-config'

const refuse = (locale: Locale, key: SiteMessageKey, status: number) =>
  new Response(t(locale, key), {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })

/**
 * GET /next/preview?collection=news|clusters&id=…&locale=…: the admin UI's preview button.
 * Only a newsroom user signed in to the admin UI (its cookie) gets in: they get Next's draft
 * mode and go to the page, which then reads the newest draft with their own access rights.
 * The page is looked up by id, so the link cannot send anyone elsewhere.
 */
export async function GET(request: Request) {
  const search = new URL(request.url).searchParams
  const collection = search.get('collection')
  const id = search.get('id') ?? ''
  const wanted = search.get('locale')
  const locale = isLocale(wanted)
    ? wanted
    : languageFromHeader(request.headers.get('accept-language'))
  if (
    (collection !== 'news' && collection !== 'clusters') ||
    !/^\d{1,12}$/.test(id) ||
    !isLocale(wanted)
  ) {
    return refuse(locale, 'preview.refused.badRequest', 400)
  }

  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return refuse(locale, 'preview.refused.anonymous', 401)
  if (user.collection !== 'users') return refuse(locale, 'preview.refused.notStaff', 403)

  const doc = await payload.findByID({
    collection,
    id: Number(id),
    locale,
    fallbackLocale: false,
    draft: true,
    user,
    overrideAccess: false,
    depth: 0,
    disableErrors: true,
    select: { slug: true },
  })
  if (!doc?.slug) return refuse(locale, 'preview.refused.missing', 404)

  ;(await draftMode()).enable()
  redirect(
    collection === 'news' ? sitePaths.news(locale, doc.slug) : sitePaths.cluster(locale, doc.slug),
  )
}
