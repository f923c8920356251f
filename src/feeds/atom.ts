import { otherLanguages, type FeedDocument, type FeedEntry } from './model'
import { element, xmlDocument } from './xml'

const person = (name: string) => element('author', {}, [element('name', {}, [name])])

/** Titles and leads are text constructs of type text: readers never take them as markup. */
function entryOf(entry: FeedEntry, feed: FeedDocument) {
  return element('entry', {}, [
    element('id', {}, [entry.id]),
    element('title', { type: 'text' }, [entry.title]),
    element('link', { rel: 'alternate', hreflang: feed.locale, href: entry.link }),
    ...otherLanguages(entry, feed.locale).map(({ locale, url }) =>
      element('link', { rel: 'alternate', hreflang: locale, href: url }),
    ),
    element('updated', {}, [entry.updated.toISOString()]),
    entry.published === undefined
      ? undefined
      : element('published', {}, [entry.published.toISOString()]),
    entry.summary === undefined ? undefined : element('summary', { type: 'text' }, [entry.summary]),
    entry.contentHtml === undefined
      ? undefined
      : element('content', { type: 'html' }, [entry.contentHtml]),
    entry.byline === undefined ? undefined : person(entry.byline),
    ...entry.clusters.map((name) => element('category', { term: name, label: name })),
  ])
}

export function atom(feed: FeedDocument): string {
  const root = element('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': feed.locale }, [
    element('id', {}, [feed.urls.atom]),
    element('title', { type: 'text' }, [feed.title]),
    element('subtitle', { type: 'text' }, [feed.description]),
    element('updated', {}, [feed.updated.toISOString()]),
    element('generator', {}, [feed.generator]),
    element('rights', { type: 'text' }, [feed.publisher]),
    // Atom requires an author for entries without a byline: the newsroom's publisher.
    person(feed.publisher),
    element('link', { rel: 'alternate', href: feed.homeUrl }),
    element('link', { rel: 'self', href: feed.urls.atom }),
    ...feed.entries.map((entry) => entryOf(entry, feed)),
  ])
  return xmlDocument(root)
}
