import { sql } from '@payloadcms/db-postgres'
import type { Endpoint, PayloadRequest } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import { pageResponse } from '@/email/page'
import { senderOf } from '@/email/sender'
import { mailTransport } from '@/email/transport'
import { languageFromHeader, translate } from '@/i18n'
import { isLocale, locales } from '@/i18n/locales'
import { composeIssue, withLinks } from '@/newsletter/composeIssue'
import { deliveryTotals } from '@/newsletter/deliveryQueue'
import { sendPlan } from '@/newsletter/sendPlan'
import { sendSettings } from '@/newsletter/settings'
import { actionBodyOf } from '@/platform/actionBody'
import { tablesOf } from '@/platform/database/tables'
import { inTransaction, transactionDb } from '@/platform/database/transaction'
import { clientErrorResponse, problemResponse } from '@/platform/problems'
import { sitePaths } from '@/platform/sitePaths'
import { absoluteUrl } from '@/platform/urls'

/**
 * A draft becomes scheduled for `at`, in one statement so that two clicks queue it once (in the
 * request's transaction). False when it was not a draft.
 */
async function markScheduled(req: PayloadRequest, id: number, at: Date): Promise<boolean> {
  const db = await transactionDb(req)
  const table = sql.identifier(tablesOf(req.payload, 'newsletters').main)
  const { rowCount } = (await db.execute(
    sql`UPDATE ${table} SET status = 'scheduled', scheduled_at = ${at.toISOString()}, updated_at = now()
        WHERE id = ${id} AND status = 'draft'`,
  )) as unknown as { rowCount: number | null }
  return Boolean(rowCount)
}

/** Scheduled, and audited as sent by the caller, or neither. */
const scheduleAudited = (req: PayloadRequest, id: number, at: Date) =>
  inTransaction(req, async () => {
    const scheduled = await markScheduled(req, id, at)
    if (scheduled) {
      const detail = { scheduledAt: at.toISOString() }
      await recordAudit(req, {
        action: 'sendNewsletter',
        targetCollection: 'newsletters',
        targetId: id,
        detail,
      })
    }
    return scheduled
  })

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
    return pageResponse(withLinks(sampleLinks(locale))(html))
  },
}

/**
 * GET /api/newsletters/:id/progress — delivery totals for the progress bar and, while the issue
 * is a draft, its plan: recipients per language and what each of them would get.
 */
const progress: Endpoint = {
  path: '/:id/progress',
  method: 'get',
  handler: async (req) => {
    const issue = await readIssue(req)
    const totals = await deliveryTotals(req.payload, issue.id)
    const plan = issue.status === 'draft' ? await sendPlan(req.payload, issue.id) : undefined
    return Response.json({ status: issue.status, sentAt: issue.sentAt, ...totals, plan })
  },
}

/**
 * A test or preview has no subscriber behind it: its unsubscribe and settings links open the
 * site's newsletter page, where a reader would go next.
 */
const sampleLinks = (locale: (typeof locales)[number]) => {
  const page = absoluteUrl(sitePaths.newsletter(locale))
  return { unsubscribe: page, manage: page, myData: page, erase: page }
}

/**
 * POST /api/newsletters/:id/send — `{ test: true }` mails every language version to the editor;
 * otherwise the issue is queued for `scheduledAt` (or now). Only a draft can be queued, once.
 */
const send: Endpoint = {
  path: '/:id/send',
  method: 'post',
  handler: async (req) => {
    const read = await actionBodyOf(req)
    if ('problem' in read) return problemResponse(req.headers, read.problem)
    const body = read.options
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
    // Swedish or English readers would get a Finnish subject or intro: only when the editor says so.
    const { untranslated } = await sendPlan(req.payload, issue.id)
    if (untranslated.length && body.allowFinnish !== true) {
      return clientErrorResponse(
        req.headers,
        'api.untranslatedIssue',
        {
          languages: untranslated.map((code) => translate(language, `language.${code}`)).join(', '),
        },
        409,
      )
    }
    if (!(await scheduleAudited(req, issue.id, at)))
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
    const links = withLinks(sampleLinks(locale))
    await mailTransport().sendMail({
      from: senderOf(locale),
      to: email,
      subject: `[${locale}] ${subject}`,
      html: links(html),
      text: links(text),
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
