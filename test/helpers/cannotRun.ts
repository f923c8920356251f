const inCi = /^(1|true)$/i.test(process.env.CI ?? '')

/**
 * For a test whose prerequisite this machine lacks: under CI it fails with the reason, since a
 * skipped test reads there as a passed one; elsewhere it warns loudly, and the caller skips.
 */
export function cannotRun(what: string, reason: string): void {
  if (inCi) throw new Error(`${what} cannot run (CI=${process.env.CI}): ${reason}`)
  const rule = '!'.repeat(78)
  console.warn(`\n${rule}\n!!! SKIPPED: ${what}.\n!!! ${reason}\n${rule}\n`)
}
