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
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'fatal' },
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
