import path from 'node:path'

import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'

const root = import.meta.dirname

const env = {
  // Payload logs every refused request as an error; the assertions say what matters.
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
}

const resolve = {
  alias: {
    '@payload-config': path.join(root, 'src/payload.config.ts'),
    '@': path.join(root, 'src'),
    '@collections': path.join(root, 'collections'),
    '@migrations': path.join(root, 'migrations/index.ts'),
  },
}

/** What both projects share. Not `extends: true`: that would run the global setup once each. */
const project = (test: NonNullable<TestProjectInlineConfiguration['test']>) => ({
  resolve,
  test: {
    environment: 'node',
    env,
    // The newcomer's `npm run dev` starts without them (test/helpers/devServer.ts).
    provide: { testEnvKeys: Object.keys(env) },
    setupFiles: ['test/helpers/testDatabase.ts'],
    pool: 'forks',
    hookTimeout: 180_000,
    testTimeout: 60_000,
    ...test,
  },
})

export default defineConfig({
  // The global setup is loaded by the root, not by a project.
  resolve,
  test: {
    globalSetup: ['test/helpers/globalSetup.ts'],
    projects: [
      // Each file has a database of its own, so two run at once, one per core.
      project({
        name: 'int',
        include: ['test/int/**/*.spec.ts'],
        maxWorkers: 2,
        sequence: { groupOrder: 0 },
      }),
      // Servers, workers and a browser of their own: one file at a time, after the others.
      project({
        name: 'e2e',
        include: ['test/e2e/**/*.spec.ts'],
        fileParallelism: false,
        sequence: { groupOrder: 1 },
      }),
    ],
  },
})
