import type { RequiredDataFromCollectionSlug } from 'payload'

import type { News } from '@/payload-types'

/** News data without a slug, which the slug field's hook generates from the title. */
export const newsData = (data: Partial<News>) => data as RequiredDataFromCollectionSlug<'news'>

const lexicalNode = { version: 1, direction: null, format: '', indent: 0 } as const

/** A text node of a Lexical body. */
export const lexicalText = (text: string) => ({
  type: 'text',
  version: 1,
  text,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
})

/** A Lexical body of one paragraph of these nodes (a string is one text node). */
export const lexicalBody = (...children: (string | Record<string, unknown>)[]): News['body'] => ({
  root: {
    type: 'root',
    ...lexicalNode,
    children: [
      {
        type: 'paragraph',
        ...lexicalNode,
        textFormat: 0,
        children: children.map((child) => (typeof child === 'string' ? lexicalText(child) : child)),
      },
    ],
  },
})
