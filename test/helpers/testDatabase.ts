import { randomBytes } from 'node:crypto'
import { inject } from 'vitest'

import { createDatabase } from '../../src/database/createDatabase'

/**
 * Every test file gets a database of its own on the run's server, so files never see each
 * other's rows. The config reads DATABASE_URI when first imported, so this runs first.
 */
export const testDatabaseName = `arctic_test_${randomBytes(5).toString('hex')}`
process.env.DATABASE_URI = await createDatabase(inject('postgresServerUrl'), testDatabaseName)
