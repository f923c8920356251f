import type { ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { createWriteStream, readFileSync } from 'node:fs'
import path from 'node:path'

import { freePort } from '@/platform/database/freePort'

import { exited, spawnGroup, stopGroup } from './childProcesses'
import { nodeArgsOf } from './entryCommand'

const repoRoot = path.resolve(import.meta.dirname, '../..')

/** `next build` (what `npm run build` runs), its output shown as it goes; resolves to seconds. */
export async function buildNext(env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now()
  const build = spawnGroup('npx', ['next', 'build'], { cwd: repoRoot, env, stdio: 'inherit' })
  const code = await exited(build)
  if (code !== 0) throw new Error(`next build failed (exit code ${code})`)
  return (performance.now() - started) / 1000
}

export type ProductionProcess = {
  process: ChildProcess
  log: () => string
  /** Resolves to the exit code once the process has ended. */
  exit: Promise<number | null>
  stop: () => Promise<void>
}

/**
 * A `src/bin/*.ts` entry point as `npm start` / `npm run worker` run it, but as node itself
 * (no npm or tsx CLI in between), so that a signal sent here reaches that very process.
 */
async function spawnEntry(
  entry: 'start' | 'worker',
  env: NodeJS.ProcessEnv,
  logFile: string,
): Promise<ProductionProcess> {
  const log = createWriteStream(logFile)
  await once(log, 'open')
  const child = spawnGroup(process.execPath, nodeArgsOf(entry), {
    cwd: repoRoot,
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', log, log],
  })
  const exit = exited(child).then((code) => {
    log.end()
    return code
  })
  return {
    process: child,
    log: () => readFileSync(logFile, 'utf8'),
    exit,
    stop: () => stopGroup(child, 15_000),
  }
}

export type Instance = ProductionProcess & { url: string }

/** `npm start` on `port`; resolves once its readiness endpoint answers 200. */
export async function startInstance(
  env: NodeJS.ProcessEnv,
  logFile: string,
  port?: number,
): Promise<Instance> {
  port ??= await freePort()
  const started = await spawnEntry('start', { ...env, PORT: String(port) }, logFile)
  const instance = { ...started, url: `http://127.0.0.1:${port}` }
  await until(
    async () => (await fetch(`${instance.url}/api/ready`).catch(() => null))?.status === 200,
    { timeoutMs: 180_000, what: `instance on port ${port}`, failFast: instance },
  )
  return instance
}

/** `npm run worker`; resolves once it says it runs the queue. */
export async function startWorkerProcess(
  env: NodeJS.ProcessEnv,
  logFile: string,
): Promise<ProductionProcess> {
  const worker = await spawnEntry('worker', env, logFile)
  await until(async () => worker.log().includes('is running the jobs queue'), {
    timeoutMs: 120_000,
    what: 'the worker',
    failFast: worker,
  })
  return worker
}

export async function until(
  check: () => Promise<boolean> | boolean,
  { timeoutMs, what, failFast }: { timeoutMs: number; what: string; failFast?: ProductionProcess },
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (failFast && failFast.process.exitCode !== null) {
      throw new Error(`${what} exited with ${failFast.process.exitCode}:\n${failFast.log()}`)
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}${failFast ? `:\n${failFast.log()}` : ''}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * What a load balancer does in front of the instances: sends each request to the next
 * instance whose readiness answered 200 at the last check, every `checkEveryMs`.
 */
export function startBalancer(instances: Instance[], checkEveryMs = 100) {
  const ready = new Map(instances.map((instance) => [instance.url, true]))
  let next = 0
  const check = async () => {
    for (const { url } of instances) {
      const response = await fetch(`${url}/api/ready`).catch(() => null)
      ready.set(url, response?.status === 200)
    }
  }
  const timer = setInterval(() => void check(), checkEveryMs)
  return {
    pick: (): string => {
      const candidates = instances.filter(({ url }) => ready.get(url))
      if (!candidates.length) throw new Error('no instance is ready')
      next = (next + 1) % candidates.length
      return candidates[next]!.url
    },
    isReady: (url: string) => ready.get(url) === true,
    stop: () => clearInterval(timer),
  }
}
