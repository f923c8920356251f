import { simpleParser } from 'mailparser'
import { describe, expect, it } from 'vitest'

import { encodedTemplate, quotedPrintablePart } from '@/email/encodedTemplate'

const placeholders = { first: '%%FIRST%%', second: '%%SECOND%%' }

/**
 * What a mail client reads: the part decoded by mailparser, as a message of its own (which ends
 * it with a line break: the end's white space is compared without it).
 */
async function decoded(body: string): Promise<string> {
  const parsed = await simpleParser(`${quotedPrintablePart('text/plain', body)}\r\n`)
  return (parsed.text ?? '').trimEnd()
}

// Texts around the slots that quoted-printable has to take care of: non-ASCII letters and
// emoji, `=`, spaces before a line end, lines far longer than 76 characters, empty text.
const hard = [
  '',
  'Lapin liitto ja Arctic Smartness -klusterit: äöå ÄÖÅ € 🦌 = 3D',
  'väli lopussa \nja rivin alussa',
  'x'.repeat(200),
  'y'.repeat(76),
  `${'pitkä rivi ilman välejä ja ääkkösiä '.repeat(9)}\n\n`,
  '<a href="%%NOT_A_SLOT%%" style="color:#0b5394">Peru tilaus</a> ',
]
const values = [
  'https://newsroom.example/api/newsletter/unsubscribe?token=eyJwdXJwb3NlIjoidW5zdWJzY3JpYmUifQ.abc-DEF_123&x=1',
  `https://newsroom.example/${'polku/'.repeat(30)}?a=b=c`,
  '',
]

describe('a quoted-printable text with slots, filled per message', () => {
  it('decodes to the text with the values in, every line 76 characters at most', async () => {
    let cases = 0
    for (const before of hard) {
      for (const between of hard) {
        for (const first of values) {
          const text = `${before}%%FIRST%%${between}%%SECOND%%%%FIRST%%${before}`
          const second = values[(cases + 1) % values.length]!
          const body = encodedTemplate(text, placeholders)({ first, second })
          expect(body.split('\r\n').every((line) => line.length <= 76)).toBe(true)
          expect(/^[\t\r\n\x20-\x7e]*$/.test(body)).toBe(true)
          const expected = `${before}${first}${between}${second}${first}${before}`
          expect(await decoded(body)).toBe(expected.trimEnd())
          cases += 1
        }
      }
    }
    expect(cases).toBe(hard.length ** 2 * values.length)
  })
})
