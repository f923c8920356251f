import type { Config } from 'payload'

const description = 'Arctic Smartness -uutishuone · Lapin liitto'

/** The admin's tab title, description and icon: the council's newsroom, not "Payload". */
export const adminMeta: NonNullable<Config['admin']>['meta'] = {
  titleSuffix: '– Arctic Smartness',
  description,
  icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/admin-icon.svg' }],
  openGraph: { title: 'Arctic Smartness', siteName: 'Arctic Smartness', description },
  // Payload's default draws one at /api/og with its own branding.
  defaultOGImageType: 'off',
}
