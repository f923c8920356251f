/**
 * Applies the committed migrations to DATABASE_URI's database, as the app does at start. Run by
 * the tests' global setup, once, on the template every test file's database is copied from.
 */
import { getPayload } from 'payload'

import { migrate } from '@/platform/database/migrate'
import config from '@payload-config'

const payload = await getPayload({ config })
await migrate(payload)
await payload.destroy()
// Payload leaves handles open after destroy (its logger, the mail pool): nothing is left to do.
process.exit(0)
