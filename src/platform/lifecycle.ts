/**
 * Process-wide shutdown state: set by the production server or the worker on SIGTERM, read by
 * the readiness endpoint and the newsletter sender. Each of Next's bundles has its own copy of
 * this module, so the state lives on `globalThis`.
 */
type Lifecycle = { shuttingDown: boolean; tasks: (() => Promise<void>)[] }

const key = Symbol.for('arctic-newsroom.lifecycle')
const store = globalThis as typeof globalThis & { [key]?: Lifecycle }
const lifecycle = (store[key] ??= { shuttingDown: false, tasks: [] })

export const isShuttingDown = (): boolean => lifecycle.shuttingDown

export function beginShutdown(): void {
  lifecycle.shuttingDown = true
}

/** Work to finish before the process exits, such as counters kept in memory. */
export function onShutdown(task: () => Promise<void>): void {
  lifecycle.tasks.push(task)
}

/** Runs the registered tasks, newest first; one failing does not stop the others. */
export async function runShutdownTasks(onError: (error: unknown) => void): Promise<void> {
  for (const task of lifecycle.tasks.splice(0).reverse()) {
    await task().catch(onError)
  }
}
