import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { runQueueOnce } from '@/jobs/worker'

import { newsData } from './news'

export async function createConfirmedSubscribers(
  payload: Payload,
  count: number,
  {
    locale = 'fi',
    clusters = [],
    prefix = 'reader',
  }: { locale?: Locale; clusters?: number[]; prefix?: string } = {},
) {
  const created = []
  for (let i = 0; i < count; i++) {
    created.push(
      await payload.create({
        collection: 'subscribers',
        data: { email: `${prefix}-${i}@example.test`, locale, status: 'confirmed', clusters },
      }),
    )
  }
  return created
}

/** A published news item in the given languages. */
export async function publishNews(payload: Payload, titles: Partial<Record<Locale, string>>) {
  const [first, ...rest] = Object.entries(titles) as [Locale, string][]
  const item = await payload.create({
    collection: 'news',
    locale: first![0],
    data: newsData({ title: first![1], summary: `${first![1]}.`, _status: 'published' }),
  })
  for (const [locale, title] of rest) {
    await payload.update({
      collection: 'news',
      id: item.id,
      locale,
      data: { title, summary: `${title}.`, _status: 'published' },
    })
  }
  return item
}

export async function createIssue(
  payload: Payload,
  fields: { news?: number[]; audience?: number[]; missingTranslation?: 'skip' | 'fallback' } = {},
) {
  const issue = await payload.create({
    collection: 'newsletters',
    locale: 'fi',
    data: { subject: 'Uutiskirje', status: 'draft', ...fields },
  })
  await payload.update({
    collection: 'newsletters',
    id: issue.id,
    locale: 'sv',
    data: { subject: 'Nyhetsbrev' },
  })
  await payload.update({
    collection: 'newsletters',
    id: issue.id,
    locale: 'en',
    data: { subject: 'Newsletter' },
  })
  return issue
}

/** Runs the jobs queue until `done` holds, as a worker would. */
export async function runQueueUntil(
  payload: Payload,
  done: () => Promise<boolean>,
  timeoutMs = 30_000,
) {
  const deadline = Date.now() + timeoutMs
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('the queue did not finish in time')
    await runQueueOnce(payload)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

export const issueStatus = async (payload: Payload, id: number) =>
  (await payload.findByID({ collection: 'newsletters', id, depth: 0 })).status
