import { createHash } from 'node:crypto'

import { settings } from '@/platform/settings'

import { contentGeneration, listenForContentChanges } from './contentChanges'

type Entry = {
  body: Uint8Array<ArrayBuffer>
  contentType: string
  etag: string
  generation: number
  expiresAt: number
}

const maxBodyBytes = 2 * 1024 * 1024
// Also bounds what is served should a change notification be lost.
const ttlMs = 60_000
// Bounded by bytes (RESPONSE_CACHE_MAX_MB), not a count: 2,000 entries of up to 2 MB each
// let one instance hold gigabytes.
const entries = new Map<string, Entry>()
let bytes = 0

export const etagOf = (body: Uint8Array): string =>
  `"${createHash('sha1').update(body).digest('base64url')}"`

export const matchesEtag = (ifNoneMatch: string | null, etag: string): boolean =>
  Boolean(ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag))

/**
 * Answers of public reads, kept in this process until content changes. `produce` runs on a
 * miss; only 200 answers are kept.
 */
export async function cachedResponse(
  key: string,
  produce: () => Promise<Response>,
): Promise<{ response: Response; entry?: Entry }> {
  const usable = await listenForContentChanges()
  const hit = entries.get(key)
  if (usable && hit && hit.generation === contentGeneration() && hit.expiresAt > Date.now()) {
    return { response: replay(hit), entry: hit }
  }
  const generation = contentGeneration()
  const response = await produce()
  if (response.status !== 200) return { response }
  const body = new Uint8Array(await response.arrayBuffer())
  const contentType = response.headers.get('content-type') ?? 'application/json'
  const entry = { body, contentType, etag: etagOf(body), generation, expiresAt: Date.now() + ttlMs }
  if (usable && body.byteLength <= maxBodyBytes) store(key, entry)
  return { response: new Response(body, { status: 200, headers: response.headers }), entry }
}

/** Keeps `entry`; the oldest go first while the bodies pass the setting. */
function store(key: string, entry: Entry) {
  const maxBytes = settings.cache.responseMaxBytes
  if (entry.body.byteLength > maxBytes) return
  const previous = entries.get(key)
  if (previous) forget(key, previous)
  entries.set(key, entry)
  bytes += entry.body.byteLength
  for (const [oldest, kept] of entries) {
    if (bytes <= maxBytes) break
    forget(oldest, kept)
  }
}

function forget(key: string, entry: Entry) {
  entries.delete(key)
  bytes -= entry.body.byteLength
}

const replay = (entry: Entry) =>
  new Response(entry.body, { status: 200, headers: { 'Content-Type': entry.contentType } })
