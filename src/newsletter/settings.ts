/** Sender tuning, from the environment so tests can shorten the waits. */
export const sendSettings = () => ({
  /** Rows one SMTP connection claims at a time. */
  batchSize: Number(process.env.NEWSLETTER_BATCH_SIZE ?? 25),
  /** How long a claim or a send may take before another worker takes the row over. */
  leaseSeconds: Number(process.env.NEWSLETTER_LEASE_SECONDS ?? 300),
  /** First wait after a temporary failure; it doubles with each attempt, up to an hour. */
  retryBaseMs: Number(process.env.NEWSLETTER_RETRY_BASE_MS ?? 60_000),
  /** Temporary failures are retried for about a day (60 s doubling to 1 h, 30 tries). */
  maxAttempts: Number(process.env.NEWSLETTER_MAX_ATTEMPTS ?? 30),
  /** Permanent (5xx) failures after which an address gets no more issues. */
  suppressAfterBounces: 2,
  /** Jobs queued per issue, so that several workers share one issue's sending. */
  parallelJobs: Number(process.env.NEWSLETTER_PARALLEL_JOBS ?? 2),
  /**
   * Messages in flight at once per worker, one per SMTP connection. Also the most messages a
   * killed worker can have sent without recording it: the duplicates a crash can cause.
   */
  concurrency: Number(process.env.SMTP_MAX_CONNECTIONS ?? 5),
})
