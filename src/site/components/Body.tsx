import type {
  SerializedHeadingNode,
  SerializedLinkNode,
  SerializedTextNode,
} from '@payloadcms/richtext-lexical'
import {
  LinkJSXConverter,
  RichText,
  type JSXConverter,
  type JSXConverters,
  type JSXConvertersFunction,
} from '@payloadcms/richtext-lexical/react'
import { Fragment } from 'react'

import type { Locale } from '@/i18n/locales'
import { sitePaths } from '@/platform/sitePaths'

type EditorState = Parameters<typeof RichText>[0]['data']

/** An internal link's page on this site: news and clusters have one, others the front page. */
function internalHref(locale: Locale, { linkNode }: { linkNode: SerializedLinkNode }): string {
  const { relationTo, value } = linkNode.fields.doc ?? {}
  const slug = typeof value === 'object' && value ? (value as { slug?: string }).slug : undefined
  if (slug && relationTo === 'news') return sitePaths.news(locale, slug)
  if (slug && relationTo === 'clusters') return sitePaths.cluster(locale, slug)
  return sitePaths.home(locale)
}

/** The page's title is its one h1: the text's own headings start one level lower. */
const heading: JSXConverters<SerializedHeadingNode> = {
  heading: ({ node, nodesToJSX }) => {
    const level = Math.min(6, Number(node.tag.slice(1)) + 1)
    const Tag = `h${level}` as 'h2'
    return <Tag>{nodesToJSX({ nodes: node.children })}</Tag>
  },
}

// An address as people paste it: up to the first space, without the sentence's last punctuation.
const bareUrl = /(https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]'’”])/

/**
 * Text with the addresses in it linked: an editor who pastes one means it to be followed, and
 * Lexical links only what they mark as a link. Text inside a link is left as it is.
 */
const linkified = (text: JSXConverter<SerializedTextNode>): JSXConverter<SerializedTextNode> => {
  if (typeof text !== 'function') return text
  return (args) => {
    const { node, parent } = args
    if (parent?.type === 'link' || parent?.type === 'autolink' || !bareUrl.test(node.text)) {
      return text(args)
    }
    // split() with a capturing group: the addresses are the odd parts.
    return node.text.split(bareUrl).map((part, i) =>
      i % 2 ? (
        <a key={i} href={part}>
          {text({ ...args, node: { ...node, text: part } })}
        </a>
      ) : part ? (
        <Fragment key={i}>{text({ ...args, node: { ...node, text: part } })}</Fragment>
      ) : null,
    )
  }
}

const converters =
  (locale: Locale): JSXConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    ...LinkJSXConverter({ internalDocToHref: (args) => internalHref(locale, args) }),
    ...heading,
    text: linkified(defaultConverters.text as JSXConverter<SerializedTextNode>),
  })

/** Lexical rich text as HTML, with Payload's JSX converters. */
export function Body({
  data,
  locale,
  lang,
}: {
  /** A rich text field's value as Payload's generated types describe it. */
  data: { root: object } | null | undefined
  locale: Locale
  lang?: string
}) {
  if (!data) return null
  return (
    <div className="rich-text" lang={lang}>
      <RichText
        data={data as unknown as EditorState}
        converters={converters(locale)}
        disableContainer
      />
    </div>
  )
}
