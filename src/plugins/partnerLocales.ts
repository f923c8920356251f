import type { CollectionBeforeOperationHook, Plugin } from 'payload'

import type { Locale } from '@/i18n/locales'
import { partnerOf, scopeLocales } from '@/partners/scope'
import { clientError } from '@/platform/problems'

/**
 * A partner scoped to some languages reads those only. Over REST its first language is the
 * default; GraphQL cannot tell a default locale from a chosen one, so there it must name one.
 */
const keepToPartnerLocales: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const partner = partnerOf(req.user)
  if (!partner || (operation !== 'read' && operation !== 'count')) return args
  const allowed = scopeLocales(partner)
  if (!allowed.length) return args
  if (req.payloadAPI === 'REST' && req.query?.locale === undefined) req.locale = allowed[0]
  if (!allowed.includes(req.locale as Locale)) {
    const values = { value: req.locale ?? '', allowed: allowed.join(', ') }
    throw clientError(req.headers, 'api.localeOutOfScope', values, 403)
  }
  return args
}

export const partnerLocales: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), keepToPartnerLocales],
    },
  })),
})
