import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { sitePaths } from '@/platform/sitePaths'

/** GET /next/exit-preview?locale=…: the preview banner's exit link, back to the front page. */
export async function GET(request: Request) {
  const wanted = new URL(request.url).searchParams.get('locale')
  ;(await draftMode()).disable()
  redirect(sitePaths.home(isLocale(wanted) ? wanted : defaultLocale))
}
