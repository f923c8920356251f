import { defaultLocale, isLocale } from '@/i18n/locales'
import { settings } from '@/platform/settings'

type Target = { id: number | string; slug?: string | null; locale?: string | null }

/** Where the preview route lives: it checks the editor's login, then opens the page in draft mode. */
export const previewRoute = '/next/preview'

function previewUrl(collection: 'news' | 'clusters', { id, locale }: Target): string {
  const search = new URLSearchParams({
    collection,
    id: String(id),
    locale: isLocale(locale) ? locale : defaultLocale,
  })
  // Relative without SERVER_URL: the admin UI opens it on its own origin.
  const base = settings.configuredServerUrl ?? ''
  return `${base}${previewRoute}?${search}`
}

/**
 * The preview address of a news item in one language, for the admin UI's preview button
 * (`admin.preview` of the news collection). The route looks the item up by id, so the slug
 * only says which page will open; drafts without a slug in that language cannot be previewed.
 */
export const newsPreviewUrl = (target: Target): string => previewUrl('news', target)

/** The same for a cluster's page. */
export const clusterPreviewUrl = (target: Target): string => previewUrl('clusters', target)
