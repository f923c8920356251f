import { execFile } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import { inject } from 'vitest'

import { freePort } from '@/platform/database/freePort'

import { spawnGroup, stopGroup } from './childProcesses'
import { until } from './production'

const repoRoot = path.resolve(import.meta.dirname, '../..')
const run = promisify(execFile)

export type DevServer = {
  /** `http://localhost:<port>`: Next's development server serves its scripts to that host only. */
  baseUrl: string
  /** The copy of the checkout it runs in; its database lives in `.data/` there. */
  checkout: string
  secondsToFirstAnswer: number
  stop: () => Promise<void>
}

/**
 * The README's first command as a newcomer runs it: `npm run dev` in a fresh copy of this
 * checkout, with none of the tests' environment (no DATABASE_URI: it starts its own embedded
 * PostgreSQL under the copy's `.data/`). Only PORT is set, so that it does not need 3000.
 * Resolves once the news API answers 200.
 */
export async function startNewcomerDevServer(): Promise<DevServer> {
  const checkout = await copyCheckout(path.join(inject('runDir'), 'newcomer'))
  const port = await freePort()
  const baseUrl = `http://localhost:${port}`
  const started = Date.now()
  let output = ''
  const server = spawnGroup('npm', ['run', 'dev'], {
    cwd: checkout,
    env: { ...newcomerEnv(), PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout?.on('data', (chunk) => (output += chunk))
  server.stderr?.on('data', (chunk) => (output += chunk))
  const stop = () => stopGroup(server, 10_000)
  // 'close' comes after the output is read to its end, so an early exit shows its last words.
  let closed: string | undefined
  server.on('close', (code, signal) => (closed = `code ${code}, signal ${signal}`))
  try {
    await until(
      async () => {
        if (closed) throw new Error(`npm run dev exited early (${closed})`)
        return (await fetch(`${baseUrl}/api/news`).catch(() => null))?.status === 200
      },
      { timeoutMs: 240_000, what: `${baseUrl}/api/news` },
    )
  } catch (error) {
    await stop()
    throw new Error(`${(error as Error).message}\n${output}`)
  }
  return {
    baseUrl,
    checkout,
    secondsToFirstAnswer: (Date.now() - started) / 1000,
    stop,
  }
}

/**
 * What a clone of this checkout would hold, with its uncommitted changes: the files git tracks
 * or would track, copied, and node_modules hard-linked (as `npm ci` would have installed it).
 */
async function copyCheckout(target: string): Promise<string> {
  const { stdout } = await run(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: repoRoot,
      maxBuffer: 16 * 1024 * 1024,
    },
  )
  for (const file of stdout.split('\0')) {
    // A file deleted but not yet staged is still listed.
    if (!file || !existsSync(path.join(repoRoot, file))) continue
    mkdirSync(path.dirname(path.join(target, file)), { recursive: true })
    copyFileSync(path.join(repoRoot, file), path.join(target, file))
  }
  await run('cp', ['-al', path.join(repoRoot, 'node_modules'), path.join(target, 'node_modules')])
  return target
}

/** This machine's environment without what vitest and the test setup added to it. */
function newcomerEnv(): NodeJS.ProcessEnv {
  const added = new Set([...inject('testEnvKeys'), 'DATABASE_URI', 'SMTP_URL', 'NODE_ENV', 'TEST'])
  // Next's types say NODE_ENV is always set; a newcomer's shell has none.
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !added.has(key) && !key.startsWith('VITEST')),
  ) as NodeJS.ProcessEnv
}
