import type { SerializedHeadingNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import {
  LinkJSXConverter,
  RichText,
  type JSXConverters,
  type JSXConvertersFunction,
} from '@payloadcms/richtext-lexical/react'

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

const converters =
  (locale: Locale): JSXConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    ...LinkJSXConverter({ internalDocToHref: (args) => internalHref(locale, args) }),
    ...heading,
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
