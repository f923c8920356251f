import { createHash } from 'node:crypto'

import { contentGeneration, listenForContentChanges } from './contentChanges'

type Entry = {
  body: Uint8Array<ArrayBuffer>
  contentType: string
  etag: string
  generation: number
  expiresAt: number
}

const maxEntries = 2_000
const maxBodyBytes = 2 * 1024 * 1024
// Also bounds what is served should a change notification be lost.
const ttlMs = 60_000
const entries = new Map<string, Entry>()

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

function store(key: string, entry: Entry) {
  entries.delete(key)
  if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!)
  entries.set(key, entry)
}

const replay = (entry: Entry) =>
  new Response(entry.body, { status: 200, headers: { 'Content-Type': entry.contentType } })
