import { readFileSync } from 'node:fs'
import path from 'node:path'

const repoRoot = path.resolve(import.meta.dirname, '../..')

/**
 * What `npm start` / `npm run worker` give node, read from package.json: the one place node
 * options such as a heap limit are set, so the tests and benchmarks run the process as
 * production does (e.g. `--max-old-space-size=256 --import tsx src/bin/start.ts`).
 */
export function nodeArgsOf(entry: 'start' | 'worker'): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>
  }
  const words = scripts[entry]!.trim().split(/\s+/)
  const node = words.indexOf('node')
  const script = words.indexOf(`src/bin/${entry}.ts`)
  if (node < 0 || script < node) throw new Error(`package.json: unexpected "${entry}" script`)
  return words.slice(node + 1, script + 1)
}
