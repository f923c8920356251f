import { settings } from '@/platform/settings'

import { contentGeneration } from './contentChanges'

type Entry = { json: string; generation: number; expiresAt: number }

// JSON text of documents as Payload answered them: bounded by its length (DOCUMENT_CACHE_MAX_MB,
// as characters: most of this text is one byte a character in V8), not by a count, as a news
// item with its body and populated relations is a hundred times a contact.
// As the response cache: also bounds what is served should a change notification be lost.
const ttlMs = 60_000
const entries = new Map<string, Entry>()
let chars = 0

/** The JSON of a document stored under `key`, unless content changed since or it expired. */
export function cachedDocument(key: string): string | undefined {
  const hit = entries.get(key)
  if (!hit) return undefined
  if (hit.generation === contentGeneration() && hit.expiresAt > Date.now()) return hit.json
  forget(key, hit)
  return undefined
}

/** Keeps a document's JSON, made while content was at `generation`; the oldest go first. */
export function storeDocument(key: string, json: string, generation: number): void {
  const maxChars = settings.cache.documentMaxBytes
  if (generation !== contentGeneration() || json.length > maxChars) return
  const previous = entries.get(key)
  if (previous) forget(key, previous)
  entries.set(key, { json, generation, expiresAt: Date.now() + ttlMs })
  chars += json.length
  for (const [oldest, entry] of entries) {
    if (chars <= maxChars) break
    forget(oldest, entry)
  }
}

function forget(key: string, entry: Entry) {
  entries.delete(key)
  chars -= entry.json.length
}
