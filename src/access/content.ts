import type { Access, PayloadRequest } from 'payload'

import { defaultLocale } from '@/i18n/locales'

import { hasAnyRole, hasRole, ownClusters } from './roles'

type Args = { req: PayloadRequest }

/** Admins and editors: the whole newsroom. A boolean, so it also serves field access. */
export const isEditor = ({ req: { user } }: Args): boolean => hasAnyRole(user, 'admin', 'editor')

/** Everyone who writes content in the source language. */
export const writesContent = ({ req: { user } }: Args): boolean =>
  hasAnyRole(user, 'admin', 'editor', 'clusterEditor')

/** A translator's save in a language other than the source. */
export const translatesHere = ({ req }: Args): boolean =>
  hasRole(req.user, 'translator') && req.locale !== defaultLocale && req.locale !== 'all'

/** Content anyone may write in the source, and translators in the other languages. */
export const writesOrTranslates: Access = (args) => writesContent(args) || translatesHere(args)

/**
 * A document tied to clusters (`field`): editors reach all, cluster editors those of their own
 * clusters, translators all of them in the languages they translate.
 */
export const inOwnClusters =
  (field: string, { translators = true } = {}): Access =>
  (args) => {
    const { user } = args.req
    if (isEditor(args) || (translators && translatesHere(args))) return true
    if (!hasRole(user, 'clusterEditor')) return false
    return { [field]: { in: ownClusters(user) } }
  }

/** A cluster editor creates only items of their own clusters, and names at least one. */
export const createInOwnClusters: Access = (args) => {
  if (isEditor(args)) return true
  if (!hasRole(args.req.user, 'clusterEditor')) return false
  return withinOwnClusters(args.req, (args.data as { clusters?: unknown } | undefined)?.clusters)
}

export function withinOwnClusters(req: PayloadRequest, clusters: unknown): boolean {
  const own = ownClusters(req.user)
  const ids = ([] as unknown[])
    .concat(clusters ?? [])
    .map((value) => (typeof value === 'object' && value ? (value as { id: number }).id : value))
  return ids.length > 0 && ids.every((id) => own.includes(Number(id)))
}
