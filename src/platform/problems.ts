import { APIError } from 'payload'

import { languageFromHeader, translate, type MessageKey } from '@/i18n'

type Values = Record<string, string | number>

/**
 * What is wrong with a client's request, told as a message key of src/i18n so each door can
 * answer in the client's language: a JSON error (REST, GraphQL) or a form's state (the site).
 */
export type Problem = { key: MessageKey; values?: Values; status?: number }

/** A 4xx whose reason is in the client's language (Accept-Language), English by default. */
export const clientError = (headers: Headers, key: MessageKey, values?: Values, status = 400) =>
  new APIError(
    translate(languageFromHeader(headers.get('accept-language')), key, values),
    status,
    null,
    true,
  )

/** The same, as the JSON answer Payload gives for its own errors. */
export const clientErrorResponse = (
  headers: Headers,
  key: MessageKey,
  values?: Values,
  status = 400,
): Response =>
  Response.json({ errors: [{ message: clientError(headers, key, values).message }] }, { status })

export const problemResponse = (headers: Headers, { key, values, status }: Problem): Response =>
  clientErrorResponse(headers, key, values, status)
