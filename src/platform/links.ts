/**
 * Which link addresses may be stored and rendered: none that a browser could run as script
 * (`javascript:`, `vbscript:`, `data:` …). The scheme is read as the most lenient reader would
 * see it: entities decoded (an HTML renderer that does not escape `&` decodes them), whitespace
 * and control characters dropped anywhere (browsers drop tabs and line breaks inside schemes),
 * in any case. Percent escapes are left alone: no browser decodes them in a scheme.
 */

const richTextSchemes = new Set(['http', 'https', 'mailto', 'tel'])
const webSchemes = new Set(['http', 'https'])

// The named entities that can spell a scheme; others are left as they are.
const namedEntities: Record<string, string> = { amp: '&', colon: ':', tab: '\t', newline: '\n' }
const entity = /&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));?/gi
const ignorable = /[\p{Cc}\p{Cf}\p{Z}\s]/gu

function decodeOnce(text: string): string {
  return text.replace(entity, (match, decimal?: string, hex?: string, name?: string) => {
    if (name) return namedEntities[name.toLowerCase()] ?? match
    const code = decimal ? Number(decimal) : parseInt(hex!, 16)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
  })
}

/** Decoded until nothing changes (`&amp;#58;` is a colon after two rounds); each round shortens. */
function decoded(text: string): string {
  let current = text
  for (let next = decodeOnce(current); next !== current; next = decodeOnce(current)) {
    current = next
  }
  return current
}

/** The scheme of an address in lower case, or undefined where it is relative. */
export function schemeOf(href: string): string | undefined {
  const seen = decoded(href).replace(ignorable, '')
  return /^([a-z][a-z0-9+.-]*):/i.exec(seen)?.[1]?.toLowerCase()
}

/** A link in rich text: the web, e-mail, a phone number, or an address on this site. */
export function isSafeLink(href: string): boolean {
  const scheme = schemeOf(href)
  return scheme === undefined || richTextSchemes.has(scheme)
}

/** A link to another site: an absolute http(s) address, never a path on this one. */
export function isWebAddress(href: string): boolean {
  if (!webSchemes.has(schemeOf(href) ?? '')) return false
  try {
    return webSchemes.has(new URL(href).protocol.slice(0, -1))
  } catch {
    return false
  }
}
