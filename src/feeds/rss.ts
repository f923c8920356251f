import { otherLanguages, type FeedDocument, type FeedEntry } from './model'
import { element, escapeText, xmlDocument } from './xml'

const namespaces = {
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
}

function item(entry: FeedEntry, feed: FeedDocument) {
  return element('item', {}, [
    element('title', {}, [entry.title]),
    element('link', {}, [entry.link]),
    element('guid', { isPermaLink: 'false' }, [entry.id]),
    element('pubDate', {}, [(entry.published ?? entry.updated).toUTCString()]),
    // RSS readers take description as HTML: the plain lead is escaped for HTML, then for XML.
    entry.summary === undefined
      ? undefined
      : element('description', {}, [escapeText(entry.summary)]),
    entry.contentHtml === undefined
      ? undefined
      : element('content:encoded', {}, [entry.contentHtml]),
    // RSS's own author element must be an email address.
    entry.byline === undefined ? undefined : element('dc:creator', {}, [entry.byline]),
    ...entry.clusters.map((name) => element('category', {}, [name])),
    // RSS has no per-item language links of its own; Atom's link element is the usual addition.
    ...otherLanguages(entry, feed.locale).map(({ locale, url }) =>
      element('atom:link', { rel: 'alternate', hreflang: locale, href: url }),
    ),
  ])
}

export function rss(feed: FeedDocument): string {
  const channel = element('channel', {}, [
    element('title', {}, [feed.title]),
    element('link', {}, [feed.homeUrl]),
    element('description', {}, [feed.description]),
    element('language', {}, [feed.locale]),
    element('copyright', {}, [feed.publisher]),
    element('lastBuildDate', {}, [feed.updated.toUTCString()]),
    element('docs', {}, ['https://www.rssboard.org/rss-specification']),
    element('generator', {}, [feed.generator]),
    element('atom:link', { rel: 'self', type: 'application/rss+xml', href: feed.urls.rss }),
    ...feed.entries.map((entry) => item(entry, feed)),
  ])
  return xmlDocument(element('rss', { version: '2.0', ...namespaces }, [channel]))
}
