import type { FeedDocument, FeedEntry } from './model'
import { representable } from './xml'

/** What a JSON Feed is made of: the XML formats' own addresses and dates are not needed. */
export type JsonFeedSource = Pick<
  FeedDocument,
  'locale' | 'title' | 'description' | 'publisher' | 'homeUrl' | 'entries'
>

/** JSON Feed 1.1: `title` and `summary` are plain text, `content_html` HTML. */
const item = (entry: FeedEntry, feed: JsonFeedSource) => ({
  id: entry.id,
  url: entry.link,
  title: entry.title,
  summary: entry.summary,
  // One of the two contents is required.
  ...(entry.contentHtml === undefined
    ? { content_text: entry.summary ?? '' }
    : { content_html: entry.contentHtml }),
  date_published: entry.published?.toISOString(),
  date_modified: entry.updated.toISOString(),
  authors: entry.byline === undefined ? undefined : [{ name: entry.byline }],
  tags: entry.clusters,
  language: feed.locale,
  _alternates: entry.alternates.map(({ locale, url }) => ({ language: locale, url })),
  ...entry.extensions,
})

export function jsonFeed(feed: JsonFeedSource, feedUrl: string): string {
  const document = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feedUrl,
    description: feed.description,
    language: feed.locale,
    authors: [{ name: feed.publisher }],
    items: feed.entries.map((entry) => item(entry, feed)),
  }
  // The same text as the XML feeds, which cannot carry every character JSON can.
  return JSON.stringify(document, (_key, value: unknown) =>
    typeof value === 'string' ? representable(value) : value,
  )
}
