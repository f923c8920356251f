import { spawn, type ChildProcess } from 'node:child_process'

import { nodeArgsOf } from './entryCommand'
import { until } from './production'
import type { SmtpSink } from './smtp'

/**
 * `npm run worker` processes for a test file, each sending to its own SMTP sink: started,
 * killed with SIGKILL as a crash would, and all stopped after each test.
 */
export function workerProcesses() {
  const running: ChildProcess[] = []

  /**
   * One worker as `npm run worker` runs it, but node itself (not npm or the tsx CLI, which
   * would leave a child running after SIGKILL of the parent); resolves once it runs the queue.
   */
  async function start(sink: SmtpSink): Promise<ChildProcess> {
    const worker = spawn(process.execPath, nodeArgsOf('worker'), {
      env: { ...process.env, WORKER_INTERVAL_MS: '200', SMTP_URL: sink.url, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    running.push(worker)
    let log = ''
    worker.stdout.on('data', (chunk) => (log += chunk))
    await until(
      () => {
        if (worker.exitCode !== null) throw new Error(`the worker exited:\n${log}`)
        return log.includes('is running the jobs queue')
      },
      { timeoutMs: 120_000, what: 'the worker' },
    )
    return worker
  }

  async function kill(worker: ChildProcess): Promise<void> {
    if (worker.exitCode !== null || worker.signalCode !== null) return
    const exited = new Promise((resolve) => worker.once('exit', resolve))
    worker.kill('SIGKILL')
    await exited
  }

  const killAll = async () => {
    for (const worker of running.splice(0)) await kill(worker)
  }

  return { start, kill, killAll }
}

export const duplicatesIn = (recipients: string[]) => recipients.length - new Set(recipients).size

/** The recipients of `sink` whose address starts with `prefix-`, in arrival order. */
export const recipientsOf = (sink: SmtpSink, prefix: string) =>
  sink.recipients().filter((recipient) => recipient.startsWith(`${prefix}-`))
