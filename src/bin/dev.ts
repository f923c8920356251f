/**
 * `npm run dev`: a database (embedded unless DATABASE_URI is set), migrations, demo content,
 * the jobs queue, and `next dev` with the admin UI and the API.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { resolveDatabase } from '../database/resolveDatabase'

const database = await resolveDatabase()
process.env.DATABASE_URI = database.uri

const { prepareDatabase } = await import('../seed/prepareDatabase')
const { startWorker } = await import('../jobs/worker')
const payload = await prepareDatabase()
// In development the queue runs here; production runs `npm run worker` beside the app.
const worker = startWorker(payload)

const port = process.env.PORT ?? '3000'
const nextBin = path.resolve('node_modules/next/dist/bin/next')
const next = spawn(process.execPath, [nextBin, 'dev', '--port', port], {
  stdio: 'inherit',
  env: process.env,
})

const shutDown = (signal: NodeJS.Signals) => next.kill(signal)
process.on('SIGINT', shutDown)
process.on('SIGTERM', shutDown)
next.on('exit', async (code) => {
  await worker.stop()
  await payload.destroy()
  await database.stop()
  process.exit(code ?? 0)
})
