import { createHash } from 'node:crypto'

import { settings } from '@/platform/settings'

const entities: Record<string, string> = {
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&lt;': '<',
  '&gt;': '>',
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

/**
 * Every style the page carries, as hash sources: the values of its `style` attributes (which
 * mail clients need inline, so pages share them) and its `<style>` elements. The browser then
 * applies exactly these and nothing injected, without 'unsafe-inline'.
 */
export function styleSources(html: string): string[] {
  const values = new Set<string>()
  for (const [, value] of html.matchAll(/\sstyle="([^"]*)"/g)) {
    values.add(value!.replace(/&(?:amp|quot|#39|lt|gt);/g, (entity) => entities[entity]!))
  }
  const blocks = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, css]) => css!)
  return [...(values.size ? ["'unsafe-hashes'"] : []), ...[...values, ...blocks].map(sha256)]
}

const originOf = (url: string | undefined) => (url ? new URL(url).origin : undefined)

/**
 * The Content-Security-Policy of one of our HTML pages (subscriber pages, the issue preview):
 * no script at all, its own styles by hash, the letterhead's logo, and forms posting only to
 * the app's public address.
 */
export function pagePolicyFor(html: string): string {
  const logo = originOf(settings.smtp.logoUrl)
  return [
    "default-src 'none'",
    `style-src ${styleSources(html).join(' ') || "'none'"}`,
    `img-src ${logo ?? "'none'"}`,
    `form-action ${originOf(settings.serverUrl)}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** An HTML page answer under its own policy; never cached, no referrer leaves a token. */
export const pageResponse = (html: string, status = 200): Response =>
  new Response(html, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': pagePolicyFor(html),
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
    },
  })
