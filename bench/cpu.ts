import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

import pg from 'pg'

/**
 * CPU time of processes from /proc, the figure a saturated load generator cannot cap: what the
 * server and the database spend per request, whatever the request rate.
 */
type Stat = { pid: number; ppid: number; pgrp: number; cpuMs: number }

// A process's own CPU and that of its children it has reaped: a PostgreSQL backend or a worker
// that ends during a run still counts, in its parent's figure.

const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim())

function statOf(pid: number): Stat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name may hold spaces and parentheses: the fields start after its last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
    const ticks = [11, 12, 13, 14].reduce((sum, field) => sum + Number(fields[field]), 0)
    return {
      pid,
      ppid: Number(fields[1]),
      pgrp: Number(fields[2]),
      cpuMs: (ticks * 1000) / ticksPerSecond,
    }
  } catch {
    return undefined
  }
}

const allStats = (): Stat[] =>
  readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => statOf(Number(name)) ?? [])

/** User + system CPU milliseconds of `pid` and its ended children. */
export const processCpuMs = (pid: number): number => statOf(pid)?.cpuMs ?? 0

/** User + system CPU milliseconds of every process in the group led by `pgid`. */
export const groupCpuMs = (pgid: number): number =>
  allStats()
    .filter((stat) => stat.pgrp === pgid)
    .reduce((sum, stat) => sum + stat.cpuMs, 0)

/** User + system CPU milliseconds of the PostgreSQL server: its postmaster and every child. */
export const postgresCpuMs = (postmasterPid: number): number =>
  allStats()
    .filter((stat) => stat.pid === postmasterPid || stat.ppid === postmasterPid)
    .reduce((sum, stat) => sum + stat.cpuMs, 0)

/**
 * The postmaster of the server behind `databaseUri`, found as the parent of a backend; undefined
 * when that server is not on this machine (its processes are not in /proc).
 */
export async function postmasterOf(databaseUri: string): Promise<number | undefined> {
  const client = new pg.Client({ connectionString: databaseUri })
  await client.connect()
  try {
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')
    return statOf(rows[0]!.pid)?.ppid
  } finally {
    await client.end()
  }
}

/** Resident MiB of one process; 0 once it has ended. */
function rssMiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    return Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) / 1024
  } catch {
    return 0
  }
}

/** Each process of the group led by `pgid`: its command line, shortened, and resident MiB. */
export function processRss(pgid: number): { pid: number; command: string; mib: number }[] {
  return allStats()
    .filter((stat) => stat.pgrp === pgid)
    .map(({ pid }) => {
      let command = '?'
      try {
        command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim()
      } catch {
        // Ended.
      }
      return { pid, command: command.slice(0, 60), mib: rssMiB(pid) }
    })
}

/**
 * The highest resident MiB of the group led by `pgid`, summed, and of any one of its processes
 * with its command (the server itself, apart from npx or a worker), sampled four times a second
 * until `stop` is called.
 */
export function peakRss(pgid: number): {
  peakMiB: () => number
  peakProcess: () => { command: string; mib: number }
  stop: () => void
} {
  let peak = 0
  let largest = { command: '?', mib: 0 }
  const sample = () => {
    const processes = processRss(pgid)
    const total = processes.reduce((sum, entry) => sum + entry.mib, 0)
    peak = Math.max(peak, total)
    for (const entry of processes) if (entry.mib > largest.mib) largest = entry
  }
  sample()
  const timer = setInterval(sample, 250)
  return { peakMiB: () => peak, peakProcess: () => largest, stop: () => clearInterval(timer) }
}
