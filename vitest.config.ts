import path from 'node:path'
import { defineConfig } from 'vitest/config'

const root = import.meta.dirname

export default defineConfig({
  resolve: {
    alias: {
      '@payload-config': path.join(root, 'src/payload.config.ts'),
      '@': path.join(root, 'src'),
    },
  },
  test: {
    environment: 'node',
    // Payload logs every refused request as an error; the assertions say what matters.
    env: {
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'fatal',
      // Short waits, so the fault tests see retries and recoveries within seconds.
      NEWSLETTER_RETRY_BASE_MS: '200',
      NEWSLETTER_LEASE_SECONDS: '2',
      JOBS_STALE_AFTER_SECONDS: '3',
      SERVER_URL: 'http://localhost:3000',
      WEBHOOK_RETRY_BASE_MS: '100',
      // Webhook receivers in the tests listen on this machine; one test turns this off.
      WEBHOOKS_ALLOW_PRIVATE_TARGETS: 'true',
      // The tests share one client address; the rate-limit test lowers this for itself.
      API_RATE_LIMIT_PER_MINUTE: '100000',
      // The tests hand requests to the route handlers as one trusted proxy would: the last
      // X-Forwarded-For entry is the client (test/int/clientAddress.int.spec.ts trusts none).
      TRUSTED_PROXIES: '1',
    },
    include: ['test/**/*.spec.ts'],
    globalSetup: ['test/helpers/globalSetup.ts'],
    setupFiles: ['test/helpers/testDatabase.ts'],
    // Each file gets its own database, but the files share two cores.
    fileParallelism: false,
    pool: 'forks',
    hookTimeout: 180_000,
    testTimeout: 60_000,
  },
})
