/**
 * `npm run dev`: a database (embedded unless DATABASE_URI is set), then the app (`devApp.ts`:
 * migrations, demo content, the jobs queue, `next dev`) in a process of its own. The config
 * reads DATABASE_URI when it loads, and importing it only once the database is known would take
 * a dynamic import(), which under tsx on Node 20 sometimes never settles.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { resolveDatabase } from '@/platform/database/resolveDatabase'

const database = await resolveDatabase()
const app = spawn(process.execPath, ['--import', 'tsx', path.resolve('src/bin/devApp.ts')], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URI: database.uri },
})

const forward = (signal: NodeJS.Signals) => app.kill(signal)
process.on('SIGINT', forward)
process.on('SIGTERM', forward)
app.on('exit', async (code) => {
  await database.stop()
  process.exit(code ?? 0)
})
