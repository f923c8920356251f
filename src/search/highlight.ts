import { escapeHtml } from '@/email/html'

/** Private-use characters ts_headline puts around matches, so the text can be escaped first. */
const start = '\uE000'
const stop = '\uE001'

/** ts_headline options marking matches with `start`/`stop`. */
export const headlineOptions = (extra = '') =>
  `StartSel=${start}, StopSel=${stop}${extra ? `, ${extra}` : ''}`

/** A headline as safe HTML: the text escaped, the matches in <mark>. */
export const toHtml = (headline: string | null): string =>
  escapeHtml(headline ?? '')
    .replaceAll(start, '<mark>')
    .replaceAll(stop, '</mark>')

/** The distinct words a headline marked, in order of appearance. */
export function markedWords(headline: string | null, max = 3): string[] {
  const found = new Map<string, string>()
  for (const match of (headline ?? '').matchAll(new RegExp(`${start}([^${stop}]+)${stop}`, 'g'))) {
    const word = match[1]!.trim()
    if (word && !found.has(word.toLocaleLowerCase())) found.set(word.toLocaleLowerCase(), word)
  }
  return [...found.values()].slice(0, max)
}
