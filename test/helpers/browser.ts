import { execFile } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import axe from 'axe-core'
import { chromium, type Browser, type Page } from 'playwright-core'

import { cannotRun } from './cannotRun'

/**
 * Real-browser tests with Debian's Chromium and playwright-core: no browser downloads. Where
 * Chromium is missing it is installed with apt-get (as root); where that cannot be done the
 * tests fail under CI and skip elsewhere, saying so loudly.
 */
export const chromiumPath = '/usr/bin/chromium'

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Where the tests keep their screenshots (git-ignored, kept as CI artifacts). */
export const screenshotDir = path.resolve(import.meta.dirname, '../../test-results/screenshots')

export type ChromiumCheck = { ok: true } | { ok: false; reason: string }

const run = promisify(execFile)

const apt = (...args: string[]) =>
  run('apt-get', ['-o', 'DPkg::Lock::Timeout=300', ...args], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    timeout: 15 * 60 * 1000,
    maxBuffer: 64 * 1024 * 1024,
  })

let checked: Promise<ChromiumCheck> | undefined

/** Chromium at /usr/bin/chromium: there already, installed now, or the reason it cannot be. */
export function ensureChromium(): Promise<ChromiumCheck> {
  checked ??= installChromium().then((check) => {
    if (!check.ok) {
      cannotRun(
        'the browser tests',
        `${check.reason}. The public site's accessibility (axe) and no-JavaScript checks did NOT run.`,
      )
    }
    return check
  })
  return checked
}

async function installChromium(): Promise<ChromiumCheck> {
  if (existsSync(chromiumPath)) return { ok: true }
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) {
    return { ok: false, reason: `${chromiumPath} is missing and there is no apt-get to install it` }
  }
  if (process.getuid?.() !== 0) {
    return {
      ok: false,
      reason: `${chromiumPath} is missing and only root can install it: sudo apt-get install -y chromium`,
    }
  }
  console.info(`${chromiumPath} is missing: installing Debian's chromium with apt-get…`)
  const started = Date.now()
  try {
    await apt('install', '-y', 'chromium')
  } catch {
    // Most often a machine whose package lists were never fetched.
    try {
      await apt('update')
      await apt('install', '-y', 'chromium')
    } catch (error) {
      const detail = (error as { stderr?: string; message: string }).stderr || String(error)
      return {
        ok: false,
        reason: `apt-get install -y chromium failed: ${detail.trim().slice(-800)}`,
      }
    }
  }
  if (!existsSync(chromiumPath)) {
    return { ok: false, reason: `apt-get installed chromium, but ${chromiumPath} is still missing` }
  }
  console.info(`chromium installed in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  return { ok: true }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    timeout: 60_000,
  })
}

/** A phone's screen (an iPhone 12/13/14's CSS size), for a browser context. */
export const phoneDevice = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
} as const

/** A full-page screenshot in test-results/screenshots/; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true })
  const file = path.join(screenshotDir, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

export type AxeViolation = axe.Result

/** Whether the page runs scripts: only where it does not is a `<noscript>`'s content parsed as elements. */
const runsScripts = (page: Page) =>
  page.evaluate(() => {
    const probe = document.createElement('div')
    probe.innerHTML = '<noscript><p></p></noscript>'
    return probe.querySelector('noscript p') === null
  })

/**
 * Runs axe-core in the page against WCAG 2.1 A and AA. Needs a context with JavaScript enabled.
 * Evaluated rather than added as a `<script>`, which the pages' policy refuses (no nonce).
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  // Without JavaScript the page evaluates axe but never runs its promises: the call would wait
  // for ever, silently, until the test's own timeout.
  if (!(await runsScripts(page))) {
    throw new Error(
      'axe cannot check a page whose context has JavaScript disabled: check the same page in a context with JavaScript',
    )
  }
  await page.evaluate(axe.source)
  return page.evaluate(async (tags) => {
    const engine = (window as unknown as { axe: typeof axe }).axe
    const results = await engine.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    })
    return results.violations
  }, wcagTags)
}

export const isSerious = (violation: AxeViolation) =>
  violation.impact === 'serious' || violation.impact === 'critical'

/** Violations as lines a person can act on: rule, impact, what is wrong and where. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 5)
        .map(
          (node) =>
            `    at ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
        )
        .join('\n')
      const more =
        violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more` : ''
      return `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes}${more}`
    })
    .join('\n')
}
