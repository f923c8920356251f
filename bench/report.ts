import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import * as prettier from 'prettier'

import type { Measurement } from './load'

export type Row = Measurement | { key: string; label: string; unavailable: string }

const isMeasured = (row: Row): row is Measurement => !('unavailable' in row)

const ratio = (value: number, base: number | undefined) =>
  base ? (value / base).toFixed(value / base < 10 ? 3 : 1) : '-'

const header = [
  'target',
  'req/s',
  'p50 ms',
  'p99 ms',
  'non-2xx',
  'req/s ÷ (e)',
  'req/s ÷ (f)',
  'p99 ÷ (e) p99',
  'server CPU ms/req',
  'PostgreSQL CPU ms/req',
  'CPU/req ÷ (e)',
]

const cpuMs = (value: number | undefined) => (value === undefined ? '-' : value.toFixed(2))

/** App and database together; undefined unless both were measured. */
export const totalCpuMs = (row: Measurement | undefined) =>
  row?.serverCpuMs === undefined || row.databaseCpuMs === undefined
    ? undefined
    : row.serverCpuMs + row.databaseCpuMs

/** The rows as text columns, with each throughput as a share of the two baselines. */
function cells(row: Row, bare?: Measurement, nextConstant?: Measurement): string[] {
  if (!isMeasured(row)) return [row.label, row.unavailable, ...header.slice(2).map(() => '')]
  const total = totalCpuMs(row)
  const bareTotal = totalCpuMs(bare)
  return [
    row.label,
    row.requestsPerSecond.toFixed(0),
    row.p50Ms.toFixed(1),
    row.p99Ms.toFixed(1),
    String(row.non2xx + row.errors),
    ratio(row.requestsPerSecond, bare?.requestsPerSecond),
    ratio(row.requestsPerSecond, nextConstant?.requestsPerSecond),
    ratio(row.p99Ms, bare?.p99Ms),
    cpuMs(row.serverCpuMs),
    cpuMs(row.databaseCpuMs),
    total === undefined ? '-' : ratio(total, bareTotal),
  ]
}

/** The partner API's rows as a Markdown table, each against the two `node:http` baselines. */
export function formatTable(rows: Row[], bareKey: string, constantKey: string): string {
  const find = (key: string) => rows.filter(isMeasured).find((row) => row.key === key)
  return markdownTable(
    header,
    rows.map((row) => cells(row, find(bareKey), find(constantKey))),
  )
}

/** A Markdown table, its first column left-aligned and the figures right-aligned. */
export function markdownTable(head: string[], body: string[][]): string {
  const lines = [head, ...body]
  const widths = head.map((_, column) => Math.max(3, ...lines.map((line) => line[column]!.length)))
  const format = (line: string[]) =>
    `| ${line.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!))).join(' | ')} |`
  const rule = widths.map((width, column) =>
    column === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`,
  )
  return [format(head), `| ${rule.join(' | ')} |`, ...body.map(format)].join('\n')
}

/** Writes `results` to bench/results/partner-api-<timestamp>.json; returns the path. */
export function writeResults(results: object, startedAt: Date): string {
  const directory = path.join(import.meta.dirname, 'results')
  mkdirSync(directory, { recursive: true })
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-')
  const file = path.join(directory, `partner-api-${stamp}.json`)
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
  return file
}

/** Committed, and what the docs link to: figures are never copied into them by hand. */
export const latestResultsFile = path.join(import.meta.dirname, 'results', 'latest.md')

export type ResultSection = {
  /** Names the section's markers; a new run of the same benchmark replaces it. */
  id: string
  title: string
  startedAt: Date
  finishedAt: Date
  /** `os.loadavg()` before the load and after it: other work on the machine skews every figure. */
  loadAverage: { before: number[]; after: number[] }
  /** Markdown: the settings, the figures and their ratios. */
  body: string
  notes?: string[]
}

const intro = `# Benchmark results

Written by the benchmarks in \`bench/\` when a run finishes; each run replaces its own section.
Not edited by hand. Figures from one run on one machine: compare ratios rather than absolute
figures, and look at the load average first.
`

const markers = (id: string) => [`<!-- bench:${id}:start -->`, `<!-- bench:${id}:end -->`] as const

/** The code the figures were measured on, so a reader can tell stale figures from current ones. */
function codeVersion(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    // The benchmarks' own results do not count: one run after another writes them.
    const changed =
      git('status', '--porcelain', '--untracked-files=no', '--', '.', ':!bench/results') !== ''
    return `commit ${git('rev-parse', '--short', 'HEAD')}${changed ? ' with uncommitted changes' : ''}`
  } catch {
    return 'no git checkout'
  }
}

function machine(): string {
  const cpus = os.cpus()
  const memoryGiB = (os.totalmem() / 2 ** 30).toFixed(1)
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${memoryGiB} GiB, ${os.type()} ${os.release()}, Node ${process.version}`
}

const loadAverage = (values: number[]) => values.map((value) => value.toFixed(2)).join(' ')

export function renderSection(section: ResultSection): string {
  const [start, end] = markers(section.id)
  const minutes = (section.finishedAt.getTime() - section.startedAt.getTime()) / 60_000
  const notes = section.notes?.length
    ? `\nNotes:\n\n${section.notes.map((note) => `- ${note}`).join('\n')}\n`
    : ''
  return `${start}

## ${section.title}

- Run: ${section.startedAt.toISOString()}, ${minutes.toFixed(1)} min, ${codeVersion()}
- Machine: ${machine()}
- Load average (1, 5, 15 min): before ${loadAverage(section.loadAverage.before)}, after ${loadAverage(section.loadAverage.after)}

${section.body}
${notes}
${end}`
}

/** `text` with the section put in place of its previous run, or added at the end. */
export function withSection(text: string, section: ResultSection): string {
  const [start, end] = markers(section.id)
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  const rendered = renderSection(section)
  if (from === -1 || to < from) return `${text.trimEnd()}\n\n${rendered}\n`
  return `${text.slice(0, from)}${rendered}${text.slice(to + end.length)}`
}

/** Puts the section into the results file in the repository's Prettier style; returns the path. */
export async function writeSection(
  section: ResultSection,
  file = latestResultsFile,
): Promise<string> {
  mkdirSync(path.dirname(file), { recursive: true })
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : intro
  const options = await prettier.resolveConfig(file)
  const text = await prettier.format(withSection(previous, section), {
    ...options,
    parser: 'markdown',
  })
  writeFileSync(file, text)
  return file
}
