import { createLocalReq, type Payload } from 'payload'

import { clusterIds } from '@/newsletter/subscriptions'
import { appPool } from '@/platform/database/pool'
import type { FormCaller } from '@/platform/formCaller'
import { createRateLimit } from '@/platform/rateLimit'

import { createJoinRequest } from './createJoinRequest'
import { honeypotField, parseJoinRequest, type JoinProblem } from './joinInput'

// Counted here, so a client has one allowance whichever door it uses.
const perClient = createRateLimit({ name: 'join', limit: 5, windowSeconds: 10 * 60 })
const perEmail = createRateLimit({ name: 'join-email', limit: 3, windowSeconds: 60 * 60 })

export type JoinOutcome =
  | { kind: 'accepted' }
  /** A bot filled in the honeypot: nothing was stored or sent, and it must not learn that. */
  | { kind: 'honeypot' }
  /** Every field's problem, in the order of `JoinInputField`. */
  | { kind: 'problems'; problems: JoinProblem[] }
  | { kind: 'rateLimited'; retryAfter: number }

export type JoinOptions = {
  /**
   * What a news item that is not published (in any language) does: refuses the request, or is
   * left out of it, where the reader cannot correct it (the form's hidden field).
   */
  unpublishedNews?: 'refuse' | 'leaveOut'
}

/**
 * A company asks to join clusters: the rate limits (per client before anything is read, per
 * address once the body is valid), the checks, then the request stored with its messages queued.
 */
export async function submitJoinRequest(
  body: unknown,
  caller: FormCaller,
  { unpublishedNews = 'refuse' }: JoinOptions = {},
): Promise<JoinOutcome> {
  const { payload } = caller
  const limited = await perClient(appPool(payload), caller.address)
  if (!limited.ok) return { kind: 'rateLimited', retryAfter: limited.retryAfter }
  if (isHoneypotFilled(body)) return { kind: 'honeypot' }
  const parsed = parseJoinRequest(body)
  if (!parsed.ok) return { kind: 'problems', problems: parsed.problems }
  const input = parsed.value

  const byEmail = await perEmail(appPool(payload), input.contact.email)
  if (!byEmail.ok) return { kind: 'rateLimited', retryAfter: byEmail.retryAfter }
  const clusters = await clusterIds(payload, input.clusters)
  if ('unknown' in clusters) {
    const values = { value: clusters.unknown.join(', ') }
    return problem({ field: 'clusters', key: 'api.unknownClusters', values })
  }
  let news = input.source.news
  if (!(await publishedNews(payload, news))) {
    if (unpublishedNews === 'refuse') {
      const values = { value: String(news) }
      return problem({ field: 'source.news', key: 'api.join.unknownNews', values })
    }
    news = undefined
  }
  const req = await createLocalReq({}, payload)
  await createJoinRequest(req, input, clusters, news)
  return { kind: 'accepted' }
}

const problem = (found: JoinProblem): JoinOutcome => ({ kind: 'problems', problems: [found] })

const isHoneypotFilled = (body: unknown) => {
  const value = (body as Record<string, unknown> | null | undefined)?.[honeypotField]
  return typeof value === 'string' && value !== ''
}

/** No item, or one published in at least one language: what readers could have been reading. */
async function publishedNews(payload: Payload, id: number | undefined) {
  if (id === undefined) return true
  const { rows } = await appPool(payload).query(
    `SELECT 1 FROM news_locales WHERE _parent_id = $1 AND _status = 'published' LIMIT 1`,
    [id],
  )
  return rows.length > 0
}
