import { randomUUID } from 'node:crypto'

import type { Endpoint, PayloadRequest } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import { insertMessageAudience } from '@/events/mail/audience'
import { messageableStatuses } from '@/events/mail/messageable'
import { queueLanes } from '@/events/mail/queueLanes'
import { languageFromHeader, translate } from '@/i18n'
import { actionBodyOf } from '@/platform/actionBody'
import { inTransaction } from '@/platform/database/transaction'
import { clientErrorResponse, problemResponse } from '@/platform/problems'

type Message = { subject: string; body: string; statuses: string[] }

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.trim().length > 0 && value.length <= max

/** The editor's message, or undefined when it is not one (no text, an unknown status). */
function messageOf(options: Record<string, unknown>): Message | undefined {
  const { subject, body, statuses = ['confirmed', 'attended'] } = options
  if (!isText(subject, 200) || !isText(body, 10_000)) return undefined
  const known = (status: unknown) => (messageableStatuses as readonly unknown[]).includes(status)
  if (!Array.isArray(statuses) || !statuses.length || !statuses.every(known)) return undefined
  return { subject: subject.trim(), body: body.trim(), statuses: statuses as string[] }
}

/**
 * May the caller read this event and its registrations (its clusters' editors, editors,
 * admins)? Asked with the caller's own access, as the attendee list does.
 */
async function readableEvent(req: PayloadRequest, id: string): Promise<number | undefined> {
  if (!/^[1-9]\d{0,9}$/.test(id)) return undefined
  const access = { overrideAccess: false, req, depth: 0 } as const
  const event = await req.payload.findByID({
    collection: 'events',
    id: Number(id),
    disableErrors: true,
    select: { title: true },
    ...access,
  })
  if (!event) return undefined
  const registrations = await req.payload
    .count({ collection: 'registrations', where: { event: { equals: event.id } }, ...access })
    .catch(() => undefined)
  return registrations ? event.id : undefined
}

/**
 * POST /api/events/:id/message `{ subject, body, statuses? }`: an editor's message to the
 * event's registrants in those statuses (confirmed and attended unless named), sent through
 * the newsletter's queue, once per registrant. The rows, the audit entry and the sending job
 * are made in one transaction: a message is sent and recorded, or neither.
 */
export const messageAttendeesEndpoint: Endpoint = {
  path: '/:id/message',
  method: 'post',
  handler: async (req) => {
    const read = await actionBodyOf(req)
    if ('problem' in read) return problemResponse(req.headers, read.problem)
    const event = await readableEvent(req, String(req.routeParams?.id ?? ''))
    if (!event) return clientErrorResponse(req.headers, 'api.attendees.forbidden', {}, 403)
    const message = messageOf(read.options)
    if (!message) return clientErrorResponse(req.headers, 'api.eventMessage.invalid')

    const messageId = randomUUID()
    const recipients = await inTransaction(req, async () => {
      const made = await insertMessageAudience(req, { event, messageId, ...message })
      if (!made) return 0
      await recordAudit(req, {
        action: 'messageAttendees',
        targetCollection: 'events',
        targetId: event,
        detail: { messageId, recipients: made, statuses: message.statuses },
      })
      await queueLanes(req, [{ event, kind: 'message' }])
      return made
    })
    if (!recipients)
      return clientErrorResponse(req.headers, 'api.eventMessage.noRecipients', {}, 409)
    const language = languageFromHeader(req.headers.get('accept-language'))
    return Response.json(
      {
        message: translate(language, 'api.eventMessage.queued', { count: recipients }),
        messageId,
        recipients,
      },
      { status: 202 },
    )
  },
}
