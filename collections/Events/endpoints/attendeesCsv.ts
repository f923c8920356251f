import type { Endpoint } from 'payload'

import { attendeesCsv } from '@/events/attendees'
import { languageFromHeader } from '@/i18n'
import { clientErrorResponse } from '@/platform/problems'
import { csvResponse } from '@/reports/csv'

/**
 * GET /api/events/:id/attendees.csv: the event's registrations, read with the caller's own
 * access, so only staff who may read them (its clusters' editors, editors, admins) get any.
 * An event the caller cannot read, or none, is the same 403.
 */
export const attendeesCsvEndpoint: Endpoint = {
  path: '/:id/attendees.csv',
  method: 'get',
  handler: async (req) => {
    const id = String(req.routeParams?.id ?? '')
    const forbidden = () => clientErrorResponse(req.headers, 'api.attendees.forbidden', {}, 403)
    if (!/^[1-9]\d{0,9}$/.test(id)) return forbidden()
    const access = { overrideAccess: false, req, depth: 0 } as const
    const event = await req.payload.findByID({
      collection: 'events',
      id: Number(id),
      disableErrors: true,
      select: { title: true },
      ...access,
    })
    if (!event) return forbidden()
    const { docs } = await req.payload
      .find({
        collection: 'registrations',
        where: { event: { equals: event.id } },
        sort: ['createdAt', 'id'],
        pagination: false,
        ...access,
      })
      .catch(() => ({ docs: undefined }))
    if (!docs) return forbidden()
    const language = languageFromHeader(req.headers.get('accept-language'))
    return csvResponse(attendeesCsv(docs, language), `attendees-${event.id}`)
  },
}
