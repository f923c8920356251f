import type { Payload } from 'payload'

/**
 * "Everything published since the last issue" becomes a fixed list when sending starts, so
 * every recipient, every worker and every retry sends the same items.
 */
export async function resolveIssueNews(payload: Payload, newsletterId: number): Promise<void> {
  const issue = await payload.findByID({ collection: 'newsletters', id: newsletterId, depth: 0 })
  if (issue.contentMode !== 'sinceLastIssue' || issue.audienceFrozenAt) return

  const previous = await payload.find({
    collection: 'newsletters',
    where: { status: { equals: 'sent' }, id: { not_equals: newsletterId } },
    sort: '-sentAt',
    limit: 1,
    depth: 0,
  })
  const since = previous.docs[0]?.sentAt
  const news = await payload.find({
    collection: 'news',
    where: {
      _status: { equals: 'published' },
      ...(since ? { publishedAt: { greater_than: since } } : {}),
    },
    sort: '-publishedAt',
    limit: 50,
    depth: 0,
    select: {},
  })
  await payload.update({
    collection: 'newsletters',
    id: newsletterId,
    data: { news: news.docs.map((item) => item.id) },
  })
}
