/**
 * XML for the feeds, escaped by construction: a string child is always text, and only `element`
 * makes markup. The `feed` package this replaces wrote titles and leads as CDATA through xml-js,
 * which splits only the first `]]>`, escapes nothing but `"` in attributes and turns a literal
 * `&amp;` back into `&`; none of that can be fixed by the values passed to it.
 */

/**
 * XML 1.0 cannot carry C0 controls other than tab, newline and carriage return, U+FFFE, U+FFFF or
 * a lone surrogate, not even as a character reference. Each becomes U+FFFD, in every format, so a
 * reader sees the same text in RSS, Atom and JSON.
 */
export const representable = (text: string): string =>
  text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')

/**
 * Hexadecimal references, as the RSS Best Practices Profile recommends for plain text: aggregators
 * read them the same whether they take an element as text or as HTML. Carriage return is
 * referenced because a parser turns a literal one into a newline; in attributes, tab and newline
 * too, which a parser turns into spaces.
 */
const references: Record<string, string> = {
  '&': '&#x26;',
  '<': '&#x3C;',
  '>': '&#x3E;',
  '"': '&#x22;',
  '\t': '&#x9;',
  '\n': '&#xA;',
  '\r': '&#xD;',
}
const reference = (character: string) => references[character]!

/** Plain text as character data of XML, or of HTML (the same references serve both). */
export const escapeText = (text: string): string =>
  representable(text).replace(/[&<>\r]/g, reference)

const escapeAttribute = (value: string) => representable(value).replace(/[&<>"\t\n\r]/g, reference)

export type Markup = { readonly xml: string }
type Child = Markup | string | undefined

/** An element; `undefined` attributes and children are left out, strings are text. */
export function element(
  name: string,
  attributes: Record<string, string | undefined> = {},
  children: Child[] = [],
): Markup {
  const attributeText = Object.entries(attributes)
    .flatMap(([key, value]) => (value === undefined ? [] : [` ${key}="${escapeAttribute(value)}"`]))
    .join('')
  const present = children.filter((child) => child !== undefined)
  const elements = present.filter((child) => typeof child !== 'string')
  // A line per child element, for people reading the feed; never inside text.
  const content =
    elements.length && elements.length === present.length
      ? `${elements.map((child) => `\n${child.xml}`).join('')}\n`
      : present.map((child) => (typeof child === 'string' ? escapeText(child) : child.xml)).join('')
  return { xml: `<${name}${attributeText}>${content}</${name}>` }
}

export const xmlDocument = (root: Markup): string =>
  `<?xml version="1.0" encoding="utf-8"?>\n${root.xml}\n`
