import { SaxesParser } from 'saxes'

export type XmlElement = {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  /** The element's own character data (text and CDATA), entities resolved. */
  text: string
}

/**
 * Parses a whole document with saxes, a conforming XML 1.0 parser with namespaces: it throws on
 * anything not well-formed (characters XML cannot carry, `]]>` in text, an undeclared prefix),
 * where lenient feed parsers recover silently.
 */
export function parseStrictXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true })
  const document: XmlElement = { name: '#document', attributes: {}, children: [], text: '' }
  const open = [document]
  const current = () => open[open.length - 1]!
  parser.on('opentag', (tag) => {
    const attributes = Object.fromEntries(
      Object.values(tag.attributes).map((attribute) => [attribute.name, attribute.value]),
    )
    const element: XmlElement = { name: tag.name, attributes, children: [], text: '' }
    current().children.push(element)
    open.push(element)
  })
  parser.on('text', (text) => (current().text += text))
  parser.on('cdata', (text) => (current().text += text))
  parser.on('closetag', () => open.pop())
  parser.write(xml).close()
  return document.children[0]!
}

export const childrenNamed = (element: XmlElement, name: string) =>
  element.children.filter((child) => child.name === name)

export const childNamed = (element: XmlElement, name: string) => childrenNamed(element, name)[0]

/** Every element of that name at any depth, so a smuggled one is counted too. */
export const descendantsNamed = (element: XmlElement, name: string): XmlElement[] =>
  element.children.flatMap((child) => [
    ...(child.name === name ? [child] : []),
    ...descendantsNamed(child, name),
  ])
