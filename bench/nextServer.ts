import type { ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import path from 'node:path'

import { spawnGroup, stopGroup } from '../test/helpers/childProcesses'
import { nodeArgsOf } from '../test/helpers/entryCommand'

const repoRoot = path.resolve(import.meta.dirname, '..')

/** The environment of a production build and server of this app, for the benchmark. */
export const productionEnv = (databaseUri: string, port: number): NodeJS.ProcessEnv => ({
  ...process.env,
  DATABASE_URI: databaseUri,
  PAYLOAD_SECRET: 'partner-benchmark-secret-that-only-this-throwaway-database-knows',
  NODE_ENV: 'production',
  SERVER_URL: `http://127.0.0.1:${port}`,
  LOG_LEVEL: 'warn',
  // The rate limits answer 429 to a load generator on one address long before it measures.
  API_RATE_LIMIT_PER_MINUTE: '100000000',
  PARTNER_RATE_LIMIT_PER_MINUTE: '100000000',
  NEXT_TELEMETRY_DISABLED: '1',
})

export type NextServer = {
  url: string
  /** Seconds from spawning `npm start` to the first 200 from /api/news. */
  readySeconds: number
  /** The process group of the server: the node process of `npm start`. */
  pid: number
  stop: () => Promise<void>
}

/**
 * The server as `npm start` runs it (its node options from package.json, without npm between),
 * on `port`, logging to `logFile`; resolves once GET /api/news answers 200.
 */
export async function startNext(
  env: NodeJS.ProcessEnv,
  port: number,
  logFile: string,
): Promise<NextServer> {
  const started = performance.now()
  const log = createWriteStream(logFile)
  await once(log, 'open')
  const server = spawnGroup(process.execPath, nodeArgsOf('start'), {
    cwd: repoRoot,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', log, log],
  })
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    await stopGroup(server)
    log.end()
  }
  try {
    await untilAnswers(`${url}/api/news`, server)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, readySeconds: (performance.now() - started) / 1000, pid: server.pid!, stop }
}

async function untilAnswers(url: string, server: ChildProcess, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  let last = 'no answer'
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`npm start exited with ${server.exitCode}`)
    try {
      const response = await fetch(url)
      await response.arrayBuffer()
      if (response.status === 200) return
      last = `status ${response.status}`
    } catch (error) {
      last = String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s (last: ${last})`)
}
