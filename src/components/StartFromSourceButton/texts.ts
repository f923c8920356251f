/** The texts "Start from Finnish" fills, as the admin's form holds them. */
export type Texts = {
  title?: unknown
  summary?: unknown
  body?: unknown
  byline?: unknown
  externalLinks?: unknown
}

/** A Lexical body's words, so a copy is recognised whatever the editor did to its markup. */
function plainText(value: unknown): string {
  if (typeof value === 'string') return value
  if (!value || typeof value !== 'object') return ''
  const node = value as { text?: unknown; children?: unknown[]; root?: unknown }
  if (typeof node.text === 'string') return node.text
  if (node.root) return plainText(node.root)
  return (node.children ?? []).map(plainText).join(' ')
}

const isEmpty = (value: unknown) =>
  // The form counts an array's rows; an empty body may still hold an empty paragraph.
  value === 0 || !plainText(value).trim()

const rows = (value: unknown) => (Array.isArray(value) ? value.length : Number(value) || 0)

/**
 * Whether a text Finnish has is still unwritten here (what the button would fill); a
 * translation with every such text written is complete and gets no button.
 */
export const hasEmptyText = (texts: Texts, finnish: Texts) =>
  (['title', 'summary', 'body', 'byline'] as const).some(
    (field) => isEmpty(texts[field]) && !isEmpty(finnish[field]),
  ) ||
  (rows(texts.externalLinks) === 0 && rows(finnish.externalLinks) > 0)

/** The texts that are, word for word, the Finnish ones. */
export const copiedTexts = (texts: Texts, finnish: Texts) =>
  (['title', 'summary', 'body', 'byline'] as const).filter(
    (field) =>
      !isEmpty(texts[field]) && plainText(texts[field]).trim() === plainText(finnish[field]).trim(),
  )
