import type { Payload } from 'payload'

import { locales } from '@/i18n/locales'
import type { Newsletter } from '@/payload-types'

/**
 * "Everything published since the last issue" becomes a fixed list when sending starts, so
 * every recipient, every worker and every retry sends the same items.
 */
export async function resolveIssueNews(payload: Payload, newsletterId: number): Promise<void> {
  const issue = await payload.findByID({ collection: 'newsletters', id: newsletterId, depth: 0 })
  if (issue.contentMode !== 'sinceLastIssue' || issue.audienceFrozenAt) return
  await payload.update({
    collection: 'newsletters',
    id: newsletterId,
    data: { news: await newsSinceLastIssue(payload, newsletterId) },
  })
}

/** The items an issue would carry were it sent now, for the panel before sending. */
export async function issueNewsIds(payload: Payload, issue: Newsletter): Promise<number[]> {
  if (issue.contentMode === 'sinceLastIssue' && !issue.audienceFrozenAt) {
    return newsSinceLastIssue(payload, issue.id)
  }
  return (issue.news ?? []).map((item) => (typeof item === 'object' ? item.id : item))
}

async function newsSinceLastIssue(payload: Payload, newsletterId: number): Promise<number[]> {
  const previous = await payload.find({
    collection: 'newsletters',
    where: { status: { equals: 'sent' }, id: { not_equals: newsletterId } },
    sort: '-sentAt',
    limit: 1,
    depth: 0,
  })
  const since = previous.docs[0]?.sentAt
  // Published in any language: each reader's language is chosen when the issue is composed.
  const published = await Promise.all(
    locales.map((locale) =>
      payload.find({
        collection: 'news',
        locale,
        fallbackLocale: false,
        where: {
          _status: { equals: 'published' },
          ...(since ? { publishedAt: { greater_than: since } } : {}),
        },
        sort: '-publishedAt',
        limit: 50,
        depth: 0,
        select: { publishedAt: true },
      }),
    ),
  )
  const newest = new Map(
    published.flatMap(({ docs }) => docs.map((doc) => [doc.id, doc.publishedAt ?? ''])),
  )
  return [...newest]
    .sort(([, a], [, b]) => b.localeCompare(a))
    .map(([id]) => id)
    .slice(0, 50)
}
