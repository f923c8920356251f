/** Payload's CLI (`npm run payload -- migrate:create name`) on the same database `npm run dev` uses. */
import { spawn } from 'node:child_process'

import { resolveDatabase } from '@/platform/database/resolveDatabase'

const database = await resolveDatabase()
const cli = spawn('npx', ['payload', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {
    ...process.env,
    DATABASE_URI: database.uri,
    PAYLOAD_CONFIG_PATH: 'src/payload.config.ts',
  },
})
cli.on('exit', async (code) => {
  await database.stop()
  process.exit(code ?? 1)
})
