import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { inject } from 'vitest'

import { buildNext } from './production'

/**
 * For the hooks that start the app: the first of them builds it, which takes minutes on a busy
 * 2-core machine.
 */
export const buildingHookTimeout = 900_000

/**
 * One `next build` per test run, made by the first file that needs it; the browser and
 * production tests all serve it with `npm start`. The e2e files run one at a time, so no two
 * build at once. The type check is left to `npm run typecheck`, which the suite runs anyway.
 */
export async function productionBuild(): Promise<void> {
  const built = path.join(inject('runDir'), 'next-build')
  if (existsSync(built)) return
  const seconds = await buildNext({
    ...process.env,
    NODE_ENV: 'production',
    BUILD_SKIPS_TYPECHECK: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
  })
  console.info(`next build: ${seconds.toFixed(0)} s, once for this run`)
  writeFileSync(built, `${seconds}\n`)
}
