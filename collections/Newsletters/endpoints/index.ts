import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { emailFrom, mailTransport } from '@/email/transport'
import { languageFromHeader, translate } from '@/i18n'
import { isLocale, locales } from '@/i18n/locales'
import { composeIssue } from '@/newsletter/composeIssue'
import { deliveryTotals } from '@/newsletter/deliveryQueue'
import { sendSettings } from '@/newsletter/settings'
import { appPool } from '@/platform/database/pool'
import { quotedTablesOf } from '@/platform/database/tables'
import { clientErrorResponse } from '@/platform/problems'

/**
 * A draft becomes scheduled for `at`, in one statement so that two clicks queue it once.
 * False when it was not a draft.
 */
async function markScheduled(payload: Payload, id: number, at: Date): Promise<boolean> {
  const { rowCount } = await appPool(payload).query(
    `UPDATE ${quotedTablesOf(payload, 'newsletters').main}
     SET status = 'scheduled', scheduled_at = $2, updated_at = now()
     WHERE id = $1 AND status = 'draft'`,
    [id, at],
  )
  return Boolean(rowCount)
}

/** The issue as the caller may read it: the table let them in, the collection's rule decides. */
const readIssue = (req: PayloadRequest) =>
  req.payload.findByID({
    collection: 'newsletters',
    id: Number(req.routeParams?.id),
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })

/** GET /api/newsletters/:id/preview?locale=sv — the issue as that language's readers get it. */
const preview: Endpoint = {
  path: '/:id/preview',
  method: 'get',
  handler: async (req) => {
    const locale = new URL(req.url!).searchParams.get('locale') ?? 'fi'
    if (!isLocale(locale)) return clientErrorResponse(req.headers, 'api.badLanguage')
    const issue = await readIssue(req)
    const { html } = await composeIssue(req.payload, issue.id, locale)
    return new Response(html, {
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy':
          "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:",
      },
    })
  },
}

/** GET /api/newsletters/:id/progress — delivery totals for the progress bar. */
const progress: Endpoint = {
  path: '/:id/progress',
  method: 'get',
  handler: async (req) => {
    const issue = await readIssue(req)
    const totals = await deliveryTotals(req.payload, issue.id)
    return Response.json({ status: issue.status, sentAt: issue.sentAt, ...totals })
  },
}

/**
 * POST /api/newsletters/:id/send — `{ test: true }` mails every language version to the editor;
 * otherwise the issue is queued for `scheduledAt` (or now). Only a draft can be queued, once.
 */
const send: Endpoint = {
  path: '/:id/send',
  method: 'post',
  handler: async (req) => {
    const body = ((await req.json?.().catch(() => ({}))) ?? {}) as {
      test?: unknown
      scheduledAt?: unknown
    }
    const language = languageFromHeader(req.headers.get('accept-language'))
    const issue = await readIssue(req)
    if (body.test === true) return sendTest(req, issue.id)

    const at = body.scheduledAt === undefined ? new Date() : new Date(String(body.scheduledAt))
    if (
      Number.isNaN(at.getTime()) ||
      (body.scheduledAt !== undefined && at.getTime() < Date.now())
    ) {
      return clientErrorResponse(req.headers, 'api.badSchedule')
    }
    if (!(await markScheduled(req.payload, issue.id, at)))
      return clientErrorResponse(req.headers, 'api.notSendable', {}, 409)
    for (let job = 0; job < sendSettings().parallelJobs; job++) {
      await req.payload.jobs.queue({
        task: 'sendNewsletterIssue',
        input: { newsletterId: issue.id },
        waitUntil: at,
      })
    }
    const message =
      body.scheduledAt === undefined
        ? translate(language, 'api.sendQueued')
        : translate(language, 'api.sendScheduled', { time: at.toISOString() })
    return Response.json({ message, scheduledAt: at.toISOString() }, { status: 202 })
  },
}

async function sendTest(req: PayloadRequest, id: number): Promise<Response> {
  const email = req.user?.collection === 'users' ? req.user.email : undefined
  if (!email) return clientErrorResponse(req.headers, 'api.noEmail')
  for (const locale of locales) {
    const { subject, html, text } = await composeIssue(req.payload, id, locale)
    await mailTransport().sendMail({
      from: emailFrom(),
      to: email,
      subject: `[${locale}] ${subject}`,
      html,
      text,
    })
  }
  const message = translate(
    languageFromHeader(req.headers.get('accept-language')),
    'panel.testSent',
    { email },
  )
  return Response.json({ message })
}

export const newsletterEndpoints = [preview, progress, send]
