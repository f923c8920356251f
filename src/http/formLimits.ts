import { createRateLimit } from './rateLimit'

/**
 * The allowances of the public forms, each counted once whichever door a client uses: the REST
 * endpoint (POST /api/join, /api/newsletter/subscribe) or the public site's server action.
 */
export const joinPerClient = createRateLimit({ name: 'join', limit: 5, windowSeconds: 10 * 60 })
export const joinPerEmail = createRateLimit({
  name: 'join-email',
  limit: 3,
  windowSeconds: 60 * 60,
})
export const subscribePerClient = createRateLimit({
  name: 'subscribe',
  limit: 10,
  windowSeconds: 10 * 60,
})
