import path from 'node:path'

import type { Payload } from 'payload'
import { inject } from 'vitest'

import { startWorker } from '@/jobs/worker'
import { freePort } from '@/platform/database/freePort'
import { seed } from '@/seed'

import { bootPayload } from './payload'
import { startInstance } from './production'
import { productionBuild } from './productionBuild'

/** The served instance's PAYLOAD_SECRET, for tests that sign its newsletter links. */
export const siteSecret = 'browser-test-secret-known-only-to-this-throwaway-database'

export type Site = {
  /** `http://localhost:<port>`, also the instance's SERVER_URL. */
  baseUrl: string
  /** The Local API on the same database. */
  payload: Payload
  stop: () => Promise<void>
}

type Options = {
  /** The first administrator, made by `npm start` from ADMIN_EMAIL / ADMIN_PASSWORD. */
  admin?: { email: string; password: string }
  /** What `npm run dev` seeds into an empty newsroom (default: yes). */
  demoContent?: boolean
  /** Runs the jobs queue (mail, webhooks) in this process, as `npm run worker` would. */
  worker?: boolean
}

/**
 * The newsroom as it is deployed, for the browser tests: this run's production build served by
 * `npm start` on this file's database, with the demo content `npm run dev` seeds.
 */
export async function startSite({
  admin,
  demoContent = true,
  worker = false,
}: Options = {}): Promise<Site> {
  await productionBuild()
  const port = await freePort()
  const baseUrl = `http://localhost:${port}`
  const logFile = path.join(inject('runDir'), `site-${port}.log`)
  const instance = await startInstance(
    {
      ...process.env,
      PAYLOAD_SECRET: siteSecret,
      ...(admin && { ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password }),
      SERVER_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    logFile,
    port,
  )
  const payload = await bootPayload()
  // After the instance made the administrator, so that one is the first user.
  if (demoContent) await seed(payload)
  const jobs = worker ? startWorker(payload, 200) : undefined
  return {
    baseUrl,
    payload,
    stop: async () => {
      await jobs?.stop()
      await instance.stop()
      await payload.destroy()
    },
  }
}
