/**
 * The app side of `npm run dev`, started by `dev.ts` once the database is up: migrations, demo
 * content, the jobs queue, and `next dev` with the admin UI and the API.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { startWorker } from '@/jobs/worker'
import { settings } from '@/platform/settings'
import { prepareDatabase } from '@/seed/prepareDatabase'

const payload = await prepareDatabase()
// In development the queue runs here; production runs `npm run worker` beside the app.
const worker = startWorker(payload)

const nextBin = path.resolve('node_modules/next/dist/bin/next')
const next = spawn(process.execPath, [nextBin, 'dev', '--port', String(settings.port)], {
  stdio: 'inherit',
  env: process.env,
})

const shutDown = (signal: NodeJS.Signals) => next.kill(signal)
process.on('SIGINT', shutDown)
process.on('SIGTERM', shutDown)
next.on('exit', async (code) => {
  await worker.stop()
  await payload.destroy()
  process.exit(code ?? 0)
})
