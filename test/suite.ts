/**
 * `npm test`: lint, the type check and vitest side by side, so the two short parts use the core
 * the tests leave idle. The tests print as they run; each other part prints when it ends. Fails
 * if any part fails, after all have ended and a line each said how it went. Arguments go to
 * vitest (`npm test -- test/int/feeds.int.spec.ts`).
 */
import { spawn } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

const resultsFile = path.resolve(import.meta.dirname, '../test-results/vitest.json')

type Outcome = { name: string; ok: boolean; seconds: number }

function runPart(
  name: string,
  command: string,
  args: string[],
  { live = false } = {},
): Promise<Outcome> {
  const started = performance.now()
  const child = spawn(command, args, { stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const outcome = { name, ok: code === 0, seconds: (performance.now() - started) / 1000 }
      if (!live) console.log(`\n── ${summary(outcome)} ──\n${output.trimEnd()}\n`)
      resolve(outcome)
    })
  })
}

const summary = ({ name, ok, seconds }: Outcome) =>
  `${name} ${ok ? 'passed' : 'FAILED'} in ${seconds.toFixed(0)} s`

/** vitest's counts as one plain line, the form CI reads to tell a run that ran no test. */
function testCounts(): string {
  try {
    const results = JSON.parse(readFileSync(resultsFile, 'utf8'))
    const skipped = results.numPendingTests + results.numTodoTests
    return `vitest: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`
  } catch {
    return 'vitest: wrote no results'
  }
}

// A file left by an earlier run must not stand in for this one's counts.
rmSync(resultsFile, { force: true })
const outcomes = await Promise.all([
  runPart('lint', 'npm', ['run', '--silent', 'lint']),
  runPart('typecheck', 'npm', ['run', '--silent', 'typecheck']),
  runPart(
    'tests',
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${resultsFile}`,
      ...process.argv.slice(2),
    ],
    { live: true },
  ),
])

console.log(`\n${outcomes.map(summary).join('\n')}\n${testCounts()}`)
process.exit(outcomes.every((outcome) => outcome.ok) ? 0 : 1)
