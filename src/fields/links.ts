import { createServerFeature } from '@payloadcms/richtext-lexical'
import { ValidationError, type FieldHook, type FieldHookArgs, type TextField } from 'payload'

import type { MessageKey } from '@/i18n'
import { isSafeLink, isWebAddress } from '@/platform/links'

import { fieldMessage, validateUrl } from './validators'

type Place = Pick<FieldHookArgs, 'collection' | 'field' | 'global' | 'path' | 'req'>

/** A 400 naming the field and the address, the way Payload answers a failed validation. */
function refuse({ collection, field, global, path, req }: Place, key: MessageKey, href: string) {
  const message = fieldMessage(req, key, { value: href })
  const errors = [{ path: path.join('.'), label: field.label || undefined, message }]
  return new ValidationError(
    { collection: collection?.slug, global: global?.slug, errors, req },
    req.t,
  )
}

// Payload skips field validation for drafts: a hook is what runs on every save.
const refuseUnsafeSiteLink: FieldHook = (args) => {
  const { value } = args
  if (typeof value === 'string' && value && !isWebAddress(value)) {
    throw refuse(args, 'validation.url', value)
  }
  return value
}

/** A text field holding a link to another site: an http(s) address, drafts included. */
export const siteLink = {
  validate: validateUrl,
  hooks: { beforeValidate: [refuseUnsafeSiteLink] },
} satisfies Partial<TextField>

type LexicalNode = { type?: unknown; fields?: { url?: unknown }; children?: unknown }

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/** The address of a link or autolink node that may not be rendered; undefined otherwise. */
function unsafeHref(node: LexicalNode): string | undefined {
  const url = node.fields?.url
  const isLink = node.type === 'link' || node.type === 'autolink'
  return isLink && typeof url === 'string' && !isSafeLink(url) ? url : undefined
}

/** The first unsafe link address anywhere in an editor state (or in one per language). */
function firstUnsafeHref(value: unknown): string | undefined {
  if (!isObject(value)) return undefined
  const own = unsafeHref(value)
  if (own !== undefined) return own
  for (const child of Object.values(value)) {
    const found = firstUnsafeHref(child)
    if (found !== undefined) return found
  }
  return undefined
}

/** A copy in which each unsafe link is replaced by its text. */
function unwrapUnsafeLinks(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.flatMap((item) =>
      isObject(item) && unsafeHref(item) !== undefined
        ? ((unwrapUnsafeLinks(item.children) as unknown[] | undefined) ?? [])
        : [unwrapUnsafeLinks(item)],
    )
  }
  if (!isObject(value)) return value
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, unwrapUnsafeLinks(v)]))
}

/**
 * Rich text links go to the web, e-mail, phone numbers or this site's pages. Saving any other
 * (`javascript:`, `data:` …) is a 400, drafts included; one stored before this rule is read as
 * plain text, so no renderer (the site, feeds, newsletters, partners' sites) gets it as a link.
 */
export const SafeLinksFeature = createServerFeature({
  key: 'safeLinks',
  feature: {
    hooks: {
      beforeValidate: [
        (args) => {
          const href = firstUnsafeHref(args.value)
          if (href !== undefined) throw refuse(args, 'validation.richTextLink', href)
          return args.value
        },
      ],
      afterRead: [
        ({ value }) => (firstUnsafeHref(value) === undefined ? value : unwrapUnsafeLinks(value)),
      ],
    },
  },
})
