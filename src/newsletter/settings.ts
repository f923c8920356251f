import { settings } from '@/platform/settings'

/** Sender tuning: the environment's (src/platform/settings.ts), so tests can shorten the waits. */
export const sendSettings = () => ({
  ...settings.newsletter,
  /** Permanent (5xx) failures after which an address gets no more issues. */
  suppressAfterBounces: 2,
  /**
   * Messages in flight at once per worker, one per SMTP connection. Also the most messages a
   * killed worker can have sent without recording it: the duplicates a crash can cause.
   */
  concurrency: settings.smtp.maxConnections,
})
