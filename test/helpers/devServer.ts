import { spawn, type ChildProcess } from 'node:child_process'

import { freePort } from '../../src/database/freePort'

export type DevServer = {
  /** `http://localhost:<port>`: Next's development server serves its scripts to that host only. */
  baseUrl: string
  secondsToFirstAnswer: number
  output: () => string
  stop: () => Promise<void>
}

/**
 * The README's first command, `npm run dev`, on a free port and this test file's database:
 * resolves once `readyPath` answers 200.
 */
export async function startDevServer(
  env: Record<string, string> = {},
  readyPath = '/api/news?locale=sv',
): Promise<DevServer> {
  const port = await freePort()
  const baseUrl = `http://localhost:${port}`
  const started = Date.now()
  let output = ''
  const server = spawn('npm', ['run', 'dev'], {
    env: {
      ...process.env,
      PORT: String(port),
      SERVER_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout?.on('data', (chunk) => (output += chunk))
  server.stderr?.on('data', (chunk) => (output += chunk))
  const stop = () => stopGroup(server)
  try {
    await waitFor(server, `${baseUrl}${readyPath}`, 180_000, () => output)
  } catch (error) {
    await stop()
    throw error
  }
  return {
    baseUrl,
    secondsToFirstAnswer: (Date.now() - started) / 1000,
    output: () => output,
    stop,
  }
}

async function stopGroup(server: ChildProcess) {
  if (!server.pid) return
  const exited = new Promise((resolve) => server.once('exit', resolve))
  try {
    process.kill(-server.pid, 'SIGTERM')
  } catch {
    return
  }
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
  // Whatever of the group is still shutting down must not hold the test run open.
  try {
    process.kill(-server.pid, 'SIGKILL')
  } catch {
    // the whole group has exited
  }
  server.stdout?.destroy()
  server.stderr?.destroy()
}

async function waitFor(server: ChildProcess, url: string, timeoutMs: number, output: () => string) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`npm run dev exited early:\n${output()}`)
    try {
      if ((await fetch(url)).status === 200) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${output()}`)
}
