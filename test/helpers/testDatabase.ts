import { randomBytes } from 'node:crypto'
import { inject } from 'vitest'

import { createDatabase } from '../../src/database/createDatabase'
import { freePort } from '../../src/database/freePort'

/**
 * Every test file gets a database of its own on the run's server, so files never see each
 * other's rows. The config reads DATABASE_URI when first imported, so this runs first.
 */
export const testDatabaseName = `arctic_test_${randomBytes(5).toString('hex')}`
process.env.DATABASE_URI = await createDatabase(inject('postgresServerUrl'), testDatabaseName)

// Each file's SMTP sink listens here; the config's mail transport reads it at import.
process.env.SMTP_URL = `smtp://127.0.0.1:${await freePort()}`
