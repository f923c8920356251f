import type { Page } from 'playwright-core'

import { screenshot } from './browser'

/**
 * What a Finnish or Swedish editor must not meet in the admin: a raw `namespace:key`, the English
 * that Payload and its plugins bring, an American date.
 */

/** What a person reads on the page: its text, and its placeholders, labels and titles. */
export const readable = (page: Page) =>
  page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[placeholder], [aria-label], [title]')].map(
      (element) =>
        ['placeholder', 'aria-label', 'title']
          .map((name) => element.getAttribute(name) ?? '')
          .join(' '),
    )
    return [document.title, document.body.innerText, ...attributes].join('\n')
  })

/** Payload's and its plugins' namespaces, as a raw key shows them: `plugin-seo:missing`. */
const rawKey =
  /\b(?:plugin-seo|lexical|general|fields|authentication|error|upload|validation|version|folder|dashboard|newsroom|operators|localization|toast):[A-Za-z][\w.:]*/g

/** English that Payload, its plugins or a missing label brought into the pages before. */
const english = [
  'Payload',
  'External Link',
  'Note',
  'Company',
  'checks are passing',
  'Start typing',
  'Auto-generate',
  'Meta Title',
  'Meta Description',
  'Meta Image',
  'Created At',
  'Updated At',
  'Last Modified',
  'Status Change',
  'Add',
  'Search',
]
const americanDate =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}:\d{2} ?[AP]M/g

/**
 * English written into Payload's own code, which no translation reaches: the Lexical editor's
 * "Add block" handle (an aria-label only screen readers speak). Known, and left out of the walk.
 */
const upstreamEnglish = ['Add block']

/**
 * Every untranslated thing on the page at `base` + `path`, and a screenshot of it. The page is
 * read once the network is idle, or once `readyWhen` shows: `next dev` may hold a request open
 * (its compile events) for as long as the page lives, so there the network is never idle.
 */
export async function untranslated(
  page: Page,
  base: string,
  path: string,
  shot: string,
  readyWhen?: string,
): Promise<string[]> {
  await page.goto(`${base}${path}`)
  await page.locator('.template-default, .template-minimal').first().waitFor()
  if (readyWhen) await page.locator(readyWhen).first().waitFor()
  else await page.waitForLoadState('networkidle')
  return untranslatedHere(page, path, shot)
}

/** The same for the page as it is now (scrolled, opened, filled), named `path` in the report. */
export async function untranslatedHere(page: Page, path: string, shot: string): Promise<string[]> {
  await screenshot(page, `${shot}${path.replaceAll('/', '-')}`)
  const text = upstreamEnglish.reduce(
    (all, phrase) => all.replaceAll(phrase, ''),
    await readable(page),
  )
  const found = [
    ...[...text.matchAll(rawKey)].map((match) => `raw key ${match[0]}`),
    ...english
      .filter((phrase) => new RegExp(`(^|[^\\p{L}])${phrase}($|[^\\p{L}])`, 'u').test(text))
      .map((phrase) => `English “${phrase.trim()}”`),
    ...[...text.matchAll(americanDate)].map((match) => `date ${match[0]}`),
  ]
  return found.map((problem) => `${path}: ${problem}`)
}
