import type { Payload } from 'payload'

/**
 * Who uses a public form, as far as its use-case cares: the app serving them, and the client
 * address its rate limits count (`clientAddress` of the request's headers), whichever door
 * (REST endpoint or server action) they came through.
 */
export type FormCaller = { payload: Payload; address: string }
