import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { Measurement } from './load'

export type Row = Measurement | { key: string; label: string; unavailable: string }

const isMeasured = (row: Row): row is Measurement => !('unavailable' in row)

const ratio = (value: number, base: number | undefined) =>
  base ? (value / base).toFixed(value / base < 10 ? 3 : 1) : '-'

/** The rows as text columns, with each throughput as a share of the two baselines. */
function cells(row: Row, bare?: Measurement, nextConstant?: Measurement): string[] {
  if (!isMeasured(row)) return [row.label, row.unavailable, '', '', '', '', '', '']
  return [
    row.label,
    row.requestsPerSecond.toFixed(0),
    row.p50Ms.toFixed(1),
    row.p99Ms.toFixed(1),
    String(row.non2xx + row.errors),
    ratio(row.requestsPerSecond, bare?.requestsPerSecond),
    ratio(row.requestsPerSecond, nextConstant?.requestsPerSecond),
    ratio(row.p99Ms, bare?.p99Ms),
  ]
}

const header = [
  'target',
  'req/s',
  'p50 ms',
  'p99 ms',
  'non-2xx',
  'req/s ÷ (e)',
  'req/s ÷ (f)',
  'p99 ÷ (e) p99',
]

export function formatTable(rows: Row[], bareKey: string, constantKey: string): string {
  const find = (key: string) => rows.filter(isMeasured).find((row) => row.key === key)
  const lines = [header, ...rows.map((row) => cells(row, find(bareKey), find(constantKey)))]
  const widths = header.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)))
  const format = (line: string[]) =>
    line
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!),
      )
      .join('  ')
  return [format(header), widths.map((width) => '-'.repeat(width)).join('  ')]
    .concat(lines.slice(1).map(format))
    .join('\n')
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
