import { encode, wrap } from 'nodemailer/lib/qp'

/**
 * A text part with slots (e.g. a recipient's links), quoted-printable encoded once and filled
 * per message: given the whole part, nodemailer encodes it again for each message, the largest
 * share of a newsletter's CPU per message after the socket writes. The text between the slots
 * and each value are encoded and wrapped on their own and joined with soft line breaks, so no
 * encoded character and no line crosses a join.
 */
export function encodedTemplate<Slot extends string>(
  text: string,
  placeholders: Record<Slot, string>,
): (values: Record<Slot, string>) => string {
  const slots = Object.entries(placeholders) as Array<[Slot, string]>
  const slotOf = new Map(slots.map(([slot, held]) => [held, slot]))
  // With no slot, one part (an empty pattern would match everywhere).
  const pattern = new RegExp([...slotOf.keys()].map(escapeRegExp).join('|') || '(?!)', 'g')
  const parts: Array<{ encoded: string } | { slot: Slot }> = []
  let end = 0
  for (const match of text.matchAll(pattern)) {
    parts.push({ encoded: encoded(text.slice(end, match.index)) })
    parts.push({ slot: slotOf.get(match[0])! })
    end = match.index + match[0].length
  }
  parts.push({ encoded: encoded(text.slice(end)) })
  return (values) =>
    parts.map((part) => ('slot' in part ? encoded(values[part.slot]) : part.encoded)).join('=\r\n')
}

/** A MIME part of `type` with its body as `encodedTemplate` makes it, for nodemailer's `raw`. */
export const quotedPrintablePart = (type: 'text/html' | 'text/plain', body: string): string =>
  `Content-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${body}`

// 76 characters a line at most (RFC 2045), the soft break's `=` after a part's last line included.
const encoded = (text: string) => wrap(encode(text), 75)

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
